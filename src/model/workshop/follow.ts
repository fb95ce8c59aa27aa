/**
 * Camera maths for following a person and presenting phase by phase. Pure: the
 * UI feeds React Flow viewports in and applies the result with `setViewport`.
 */
import type { Id } from '../types';
import type { ViewportPresence } from './presence';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The region of the board (flow coordinates) a viewport shows. */
export function visibleRect(v: ViewportPresence): FlowRect {
  return { x: -v.x / v.zoom, y: -v.y / v.zoom, width: v.width / v.zoom, height: v.height / v.zoom };
}

/**
 * The viewport that shows on a pane of `mine` size what the leader sees: the
 * leader's whole visible region, centred, as large as fits (clamped zoom). On an
 * equal pane this is exactly the leader's viewport.
 */
export function followViewport(
  leader: ViewportPresence,
  mine: Size,
  zoomRange: { readonly min: number; readonly max: number } = { min: 0.1, max: 4 },
): Viewport {
  const rect = visibleRect(leader);
  const fit = Math.min(mine.width / rect.width, mine.height / rect.height);
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fit));
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return { x: mine.width / 2 - cx * zoom, y: mine.height / 2 - cy * zoom, zoom };
}

/** Whether two viewports differ enough that a person would notice (px / zoom steps). */
export function viewportMoved(a: Viewport, b: Viewport, tolerancePx = 1): boolean {
  return (
    Math.abs(a.x - b.x) > tolerancePx ||
    Math.abs(a.y - b.y) > tolerancePx ||
    Math.abs(a.zoom - b.zoom) > 0.001
  );
}

/**
 * The phase to present after `current` in direction `step` (+1 next, -1 previous),
 * staying at the ends; the first phase when nothing is presented yet or the
 * presented phase was deleted. Null for a map without phases.
 */
export function stepPhase(
  phaseIds: readonly Id[],
  current: Id | undefined,
  step: 1 | -1,
): Id | null {
  if (phaseIds.length === 0) return null;
  const at = current === undefined ? -1 : phaseIds.indexOf(current);
  if (at < 0) return phaseIds[0] ?? null;
  return phaseIds[Math.min(phaseIds.length - 1, Math.max(0, at + step))] ?? null;
}
