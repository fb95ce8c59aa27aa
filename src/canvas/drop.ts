/**
 * What a finished drag means, as data: the ONE document command to run at the
 * drop (or none, when the drop changes nothing or lands outside the grid).
 * Pure; the board runs the command.
 */
import { cellKey, type MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import { parseNodeId } from './deriveNodes';
import { cellAt, dropIndex, headerDropIndex, type BoardLayout } from './boardGeometry';

export type DropCommand =
  | {
      readonly kind: 'moveCards';
      readonly ids: readonly Id[];
      readonly laneId: Id;
      readonly phaseId: Id;
      readonly index: number;
    }
  | { readonly kind: 'movePhase' | 'moveLane'; readonly id: Id; readonly toIndex: number };

/**
 * @param nodeId the node under the pointer
 * @param at the middle of that node at the drop, in board coordinates
 * @param draggedCardIds every card dragged along (multi-selection)
 */
export function dropCommand(
  layout: BoardLayout,
  snapshot: MapSnapshot,
  nodeId: string,
  at: { x: number; y: number },
  draggedCardIds: readonly Id[],
): DropCommand | null {
  const parsed = parseNodeId(nodeId);
  if (parsed.kind === 'phase' || parsed.kind === 'lane') {
    const list = parsed.kind === 'phase' ? snapshot.phases : snapshot.lanes;
    const from = list.findIndex((item) => item.id === parsed.id);
    const toIndex = headerDropIndex(
      layout,
      parsed.kind,
      parsed.id,
      parsed.kind === 'phase' ? at.x : at.y,
    );
    if (from < 0 || from === toIndex) return null;
    return { kind: parsed.kind === 'phase' ? 'movePhase' : 'moveLane', id: parsed.id, toIndex };
  }
  if (parsed.kind !== 'card') return null;
  const cell = cellAt(layout, at.x, at.y);
  if (!cell) return null;
  const ids = draggedCardIds.includes(parsed.cardId) ? draggedCardIds : [parsed.cardId];
  const moving = new Set(ids);
  const cellCards = snapshot.cells.get(cellKey(cell.laneId, cell.phaseId)) ?? [];
  const others = cellCards.filter((c) => !moving.has(c.id)).map((c) => c.id);
  const index = dropIndex(layout, others, at.y);
  // dropping a single card back on its own slot is no change (and no undo step)
  if (ids.length === 1 && cellCards.findIndex((c) => c.id === parsed.cardId) === index) return null;
  return { kind: 'moveCards', ids, laneId: cell.laneId, phaseId: cell.phaseId, index };
}
