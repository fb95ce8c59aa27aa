/**
 * A minimap drawn on one canvas: cells and card boxes come straight from the
 * layout (redrawn only when it changes), the viewport frame follows the camera.
 * React Flow's MiniMap renders an SVG element per node, which on a 2,000-card
 * board costs more than the rest of the screen.
 */
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import { byLaneType } from '../model/laneTypes';
import type { BoardLayout } from './boardGeometry';
import { LaneIcon } from './LaneIcon';
import { OVERVIEW_MAX_H, OVERVIEW_MAX_W } from './overlayBounds';

const MAX_W = OVERVIEW_MAX_W;
const MAX_H = OVERVIEW_MAX_H;

/** The minimap's card colour per lane type: the registry's overview colour (the zoomed-out board's). */
const CARD_COLORS: Partial<Record<string, string>> = byLaneType((info) => info.colors.overview);

function viewportOf(s: ReactFlowState) {
  return `${s.transform[0]}|${s.transform[1]}|${s.transform[2]}|${s.width}|${s.height}`;
}

type Context2D = CanvasRenderingContext2D;

/** Runs `fn` once the browser is idle (soon in any case); returns a cancel function. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

/**
 * Draws the minimap: rows, then card boxes coloured by their lane's type. Cards
 * stacked closer than a minimap pixel are drawn as one bar: at a big board's scale
 * a cell's stack is one bar anyway, and a few hundred rectangles draw much faster
 * than thousands.
 */
export function drawOverview(
  ctx: Pick<Context2D, 'clearRect' | 'fillRect' | 'fillStyle'>,
  layout: BoardLayout,
  scale: number,
  width: number,
  height: number,
): void {
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = '#dfe5f2';
  ctx.fillRect(0, 0, width, height);
  const left = (layout.columns[0]?.x ?? 0) * scale;
  for (const row of layout.rows) {
    ctx.fillStyle = row.laneType === 'emotions' ? '#eef6ef' : '#fbfcfe';
    ctx.fillRect(left, row.y * scale, width - left, Math.max(0.5, row.height * scale - 0.5));
  }
  let row = 0;
  let bar: { x: number; y: number; w: number; bottom: number; color: string } | null = null;
  const flush = () => {
    if (!bar) return;
    ctx.fillStyle = bar.color;
    ctx.fillRect(bar.x, bar.y, bar.w, Math.max(1, bar.bottom - bar.y));
    bar = null;
  };
  // layout.cards is in lane order, so the lane of a box only ever moves down
  for (const box of layout.cards.values()) {
    while (row < layout.rows.length - 1 && box.y >= layout.rows[row]!.y + layout.rows[row]!.height)
      row++;
    const color = CARD_COLORS[layout.rows[row]?.laneType ?? ''] ?? '#aab4c8';
    const x = box.x * scale;
    const y = box.y * scale;
    if (!bar || bar.x !== x || bar.color !== color || y - bar.bottom >= 1) {
      flush();
      bar = { x, y, w: Math.max(1, box.width * scale), bottom: y, color };
    }
    bar.bottom = Math.max(bar.bottom, y + Math.max(1, box.height * scale));
  }
  flush();
}

export function Overview({ layout, label }: { layout: BoardLayout; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rf = useReactFlow();
  const scale = Math.min(MAX_W / layout.width, MAX_H / layout.height);
  const width = Math.max(1, Math.round(layout.width * scale));
  const height = Math.max(1, Math.round(layout.height * scale));
  const [tx, ty, zoom, vw, vh] = useStore(viewportOf).split('|').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];

  // drawn when the browser is idle: the minimap need not hold up the board's first frame
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    return whenIdle(() => drawOverview(ctx, layout, scale, width, height));
  }, [layout, scale, width, height]);

  // the visible part of the board, in overview pixels
  const frame = {
    left: (-tx / zoom) * scale,
    top: (-ty / zoom) * scale,
    width: (vw / zoom) * scale,
    height: (vh / zoom) * scale,
  };

  const panTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const bx = (event.clientX - rect.left) / scale;
    const by = (event.clientY - rect.top) / scale;
    void rf.setViewport({ x: vw / 2 - bx * zoom, y: vh / 2 - by * zoom, zoom });
  };

  return (
    <Panel position="bottom-right" className="jb-overview jb-surface">
      <div
        className="jb-overview__body"
        style={{ width, height }}
        role="img"
        aria-label={label}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          panTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) panTo(e);
        }}
      >
        <canvas ref={canvas} width={width} height={height} />
        <OverviewLaneIcons layout={layout} scale={scale} />
        <div className="jb-overview__frame" style={frame} />
      </div>
    </Panel>
  );
}

/** Each lane's type icon in the overview's header column, where a row is tall enough. */
function OverviewLaneIcons({ layout, scale }: { layout: BoardLayout; scale: number }) {
  const column = (layout.columns[0]?.x ?? 0) * scale;
  const size = (row: BoardLayout['rows'][number]) =>
    Math.floor(Math.min(12, column - 2, row.height * scale - 2));
  return (
    <div className="jb-overview__icons" aria-hidden="true">
      {layout.rows.map((row) =>
        size(row) < 7 ? null : (
          <span
            key={row.laneId}
            style={{ position: 'absolute', left: 1, top: row.y * scale + 1, lineHeight: 0 }}
          >
            <LaneIcon type={row.laneType} size={size(row)} />
          </span>
        ),
      )}
    </div>
  );
}
