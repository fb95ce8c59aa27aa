/**
 * Where the camera goes when a phase is presented: the phase's column at a zoom where
 * card text is readable on a laptop (at least MIN_TEXT_PX on screen), beside the
 * pinned lane names, from the top. A column taller than the pane is not squeezed
 * to fit (13 lanes at 1280 × 800 would be 0.26, cards as coloured blocks): the lanes
 * scroll instead.
 */
import { BOARD, type BoardLayout } from './boardGeometry';
import { CARD_BOX } from './textMeasure';

/** The smallest card text a presented phase shows, in screen pixels. */
export const MIN_TEXT_PX = 11;
/** The zoom at which card text is MIN_TEXT_PX on screen. */
export const PRESENT_MIN_ZOOM = MIN_TEXT_PX / CARD_BOX.fontSize;
/** Presenting never blows a short column up beyond this. */
export const PRESENT_MAX_ZOOM = 1.5;
/** Room around the column, in screen pixels. */
const PAD = 16;

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The viewport (React Flow transform) that presents `phaseId`, or null for an unknown phase. */
export function phaseViewport(
  layout: BoardLayout,
  phaseId: string,
  pane: PaneSize,
): CameraView | null {
  const column = layout.columns.find((c) => c.phaseId === phaseId);
  if (!column || pane.width <= 0 || pane.height <= 0) return null;
  // the lane names stay pinned on the left (StickyHeaders): the column shares the width
  const across = (pane.width - 2 * PAD) / (BOARD.laneHeaderWidth + column.width);
  const down = (pane.height - 2 * PAD) / layout.height;
  const zoom = Math.min(PRESENT_MAX_ZOOM, Math.max(PRESENT_MIN_ZOOM, Math.min(across, down)));
  const left = BOARD.laneHeaderWidth * zoom;
  // the column in the middle of the room right of the lane names
  const x = left + (pane.width - left - column.width * zoom) / 2 - column.x * zoom;
  const tall = layout.height * zoom > pane.height - 2 * PAD;
  // a tall column starts at its header; a short one sits in the middle
  const y = tall ? PAD : (pane.height - layout.height * zoom) / 2;
  return { x, y, zoom };
}
