/**
 * Phase and lane names pinned to the top and left edge of the pane once the real
 * header row/column has scrolled out of view, so a big board never loses its
 * context. Renders nothing (and re-renders on no pan frame) while the headers show.
 */
import type { CSSProperties } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { LaneView, PhaseView } from '../model/snapshot';
import type { LaneType } from '../model/types';
import { BOARD, type BoardLayout } from './boardGeometry';
import { LaneIcon } from './LaneIcon';

/** key, name and place of one pinned header, and a lane's type (its icon) */
type StickyItem = readonly [string, string | undefined, CSSProperties, LaneType?];

function pinnedView(s: ReactFlowState): string {
  const [x, y, zoom] = s.transform;
  const top = y + BOARD.phaseHeaderHeight * zoom < 0;
  const left = x + BOARD.laneHeaderWidth * zoom < 0;
  // a string keeps the selector cheap to compare; unchanged while nothing is pinned
  return top || left ? `${top ? 1 : 0}|${left ? 1 : 0}|${x}|${y}|${zoom}` : '';
}

export function StickyHeaders({
  layout,
  phases,
  lanes,
}: {
  layout: BoardLayout;
  phases: readonly PhaseView[];
  lanes: readonly LaneView[];
}) {
  const view = useStore(pinnedView);
  if (!view) return null;
  const [top, left, x, y, zoom] = view.split('|').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const strip = (kind: 'phase' | 'lane', items: readonly StickyItem[]) => (
    <div className={`jb-sticky__${kind}s`}>
      {items.map(([key, name, style, type]) => (
        <div key={key} className={`jb-sticky__${kind}`} style={style}>
          {type && <LaneIcon type={type} />}
          {name}
        </div>
      ))}
    </div>
  );
  const phaseItems = () =>
    layout.columns.map((c, i): StickyItem => {
      return [c.phaseId, phases[i]?.name, { left: c.x * zoom + x, width: c.width * zoom }];
    });
  const laneItems = () =>
    layout.rows.map((r, i): StickyItem => {
      const style = { top: r.y * zoom + y, height: r.height * zoom };
      return [r.laneId, lanes[i]?.name, style, r.laneType];
    });
  return (
    <div className="jb-sticky" aria-hidden="true">
      {top === 1 && strip('phase', phaseItems())}
      {left === 1 && strip('lane', laneItems())}
    </div>
  );
}
