/**
 * The board's Tab order, independent of what React Flow has rendered (only the
 * nodes in view exist in the DOM, so the browser's own order would end at the
 * pane's edge): phase headers, lane headers, then row by row each cell followed
 * by its cards. Focusing a node out of view pans to it (focus.ts).
 */
import { cellKey, type MapSnapshot } from '../model/snapshot';
import { nodeIds } from './deriveNodes';

/** Every focusable board node id in Tab order (cards by card id; emotion cards are their points). */
export function tabOrder(snapshot: MapSnapshot): string[] {
  const out: string[] = [];
  for (const phase of snapshot.phases) out.push(nodeIds.phase(phase.id));
  for (const lane of snapshot.lanes) out.push(nodeIds.lane(lane.id));
  for (const lane of snapshot.lanes) {
    for (const phase of snapshot.phases) {
      out.push(nodeIds.cell(lane.id, phase.id));
      for (const card of snapshot.cells.get(cellKey(lane.id, phase.id)) ?? []) out.push(card.id);
    }
  }
  return out;
}

/** The node after `current` in Tab order (before it when `back`); null at either end or for an unknown id. */
export function nextInTabOrder(
  snapshot: MapSnapshot,
  current: string,
  back: boolean,
): string | null {
  const order = tabOrder(snapshot);
  const at = order.indexOf(current);
  if (at < 0) return null;
  return order[at + (back ? -1 : 1)] ?? null;
}
