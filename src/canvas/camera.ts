/**
 * The board's camera for keyboard focus (see focus.ts): where a node's box is in
 * the layout — also for nodes React Flow has not rendered — and panning to it.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { parseNodeId } from './deriveNodes';
import { useUiStoreApi } from '../session/uiStore';
import { registerCamera, type Box } from './focus';
import { BOARD, COMPACT_ZOOM, type BoardLayout } from './boardGeometry';
import { phaseViewport } from './presentView';

/** The zoom a node the focus goes to is shown at when the board is zoomed out to bars. */
const READABLE_ZOOM = 0.75;

/** The box of a node (card id, `cell:…`, `phase:…`, `lane:…`) in board coordinates. */
export function nodeBox(layout: BoardLayout, id: string): Box | null {
  const parsed = parseNodeId(id);
  const columnOf = (phaseId: string) => layout.columns.find((c) => c.phaseId === phaseId);
  const rowOf = (laneId: string) => layout.rows.find((r) => r.laneId === laneId);
  if (parsed.kind === 'card') {
    const box = layout.cards.get(parsed.cardId);
    if (box) return box;
    for (const points of layout.emotionPoints.values()) {
      const point = points.find((p) => p.cardId === parsed.cardId);
      // the point and its label around it
      if (point) return { x: point.x - 60, y: point.y - 30, width: 120, height: 60 };
    }
    return null;
  }
  if (parsed.kind === 'cell') {
    const column = columnOf(parsed.phaseId);
    const row = rowOf(parsed.laneId);
    return column && row
      ? { x: column.x, y: row.y, width: column.width, height: row.height }
      : null;
  }
  if (parsed.kind === 'phase') {
    const column = columnOf(parsed.id);
    return column
      ? { x: column.x, y: 0, width: column.width, height: BOARD.phaseHeaderHeight }
      : null;
  }
  if (parsed.kind === 'lane') {
    const row = rowOf(parsed.id);
    return row ? { x: 0, y: row.y, width: BOARD.laneHeaderWidth, height: row.height } : null;
  }
  return null;
}

export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Room kept between a revealed node and the pane's edge, in screen pixels. */
const MARGIN = 24;

/**
 * Where the pinned phase and lane names (StickyHeaders) may cover the pane: a
 * node below or right of the real headers must not count as visible under them.
 */
function insets(box: Box, zoom: number): { left: number; top: number } {
  return {
    left: box.x >= BOARD.laneHeaderWidth ? BOARD.laneHeaderWidth * zoom : 0,
    top: box.y >= BOARD.phaseHeaderHeight ? BOARD.phaseHeaderHeight * zoom : 0,
  };
}

/** One axis: a box that fits must be wholly inside; a bigger one must fill half the room. */
function axisInView(start: number, size: number, from: number, to: number): boolean {
  const end = start + size;
  if (size <= to - from) return start >= from - 0.5 && end <= to + 0.5;
  return Math.min(end, to) - Math.max(start, from) >= (to - from) / 2;
}

/** Whether `box` is in view at the viewport `view` (and drawn: not in the compact zoom). */
export function boxInView(box: Box, view: View): boolean {
  if (view.zoom < COMPACT_ZOOM) return false;
  const z = view.zoom;
  const inset = insets(box, z);
  return (
    axisInView(box.x * z + view.x, box.width * z, inset.left, view.width) &&
    axisInView(box.y * z + view.y, box.height * z, inset.top, view.height)
  );
}

/** One axis of the smallest pan that shows a box (its start first when it is too big). */
function axisPan(start: number, size: number, from: number, to: number, pan: number): number {
  if (axisInView(start + pan, size, from, to)) return pan;
  const low = from + MARGIN;
  const high = to - MARGIN;
  if (size > high - low || start + pan < low) return low - start;
  if (start + size + pan > high) return high - start - size;
  return pan;
}

/**
 * The viewport that shows `box` at `zoom`, panning as little as possible (like
 * scrolling an element into view), so the keyboard user keeps their bearings.
 */
export function revealViewport(box: Box, view: View, zoom: number): View {
  const inset = insets(box, zoom);
  // at a new zoom the old pan means nothing: start from the box in the middle
  const same = zoom === view.zoom;
  const x = same ? view.x : view.width / 2 - (box.x + box.width / 2) * zoom;
  const y = same ? view.y : view.height / 2 - (box.y + box.height / 2) * zoom;
  return {
    ...view,
    zoom,
    x: axisPan(box.x * zoom, box.width * zoom, inset.left, view.width, x),
    y: axisPan(box.y * zoom, box.height * zoom, inset.top, view.height, y),
  };
}

/** React Flow's viewport and pane size as a View. */
export function viewOf(state: ReactFlowState): View {
  const [x, y, zoom] = state.transform;
  return { x, y, zoom, width: state.width, height: state.height };
}

/** Moves the board to the viewport `next` at once (a view of the same pane size). */
export function showView(state: ReactFlowState, next: View): void {
  const { zoom } = next;
  void state.setCenter((next.width / 2 - next.x) / zoom, (next.height / 2 - next.y) / zoom, {
    zoom,
  });
}

/** Lends the board's layout and viewport to focus handling while the board is shown. */
export function useCamera(layout: BoardLayout): void {
  const store = useStoreApi();
  const ui = useUiStoreApi();
  const current = useRef(layout);
  current.current = layout;
  useEffect(() => {
    const view = (): View => viewOf(store.getState());
    return registerCamera(ui, {
      boxOf: (id) => nodeBox(current.current, id),
      root: () => store.getState().domNode,
      isInView: (box) => boxInView(box, view()),
      reveal: (box) => {
        const v = view();
        showView(
          store.getState(),
          revealViewport(box, v, v.zoom < COMPACT_ZOOM ? READABLE_ZOOM : v.zoom),
        );
      },
      showPhase: (phaseId) => {
        const v = view();
        const next = phaseViewport(current.current, phaseId, v);
        if (!next) return false;
        const { zoom } = next;
        void store
          .getState()
          .setCenter((v.width / 2 - next.x) / zoom, (v.height / 2 - next.y) / zoom, {
            zoom,
            duration: 300,
          });
        return true;
      },
    });
  }, [store, ui]);
}
