/**
 * Moving cards. A card has ONE global fractional index; a cell's order is the
 * sort of its cards by (order, id). A move writes the place (lane, phase, order)
 * of the moved card only, so concurrent moves of different cards never conflict
 * and concurrent moves of one card resolve to one place (no duplicates).
 */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { ensureRequiredFields, laneTypeOf } from './cardfields';
import { cellSorted } from './cells';
import { mustGet, runCommand } from './command';
import { invalid } from './errors';
import { isCardDeleted, readPlace, writePlace } from './cardlayout';
import { cardsRoot, lanesRoot, phasesRoot, type EntityMap } from './roots';
import { keysAt, sortOrdered } from './order';
import { checkIndex, checkMovable } from './structure';

/** Where to move: a live cell and the position in it (end when omitted). */
export interface CardTarget {
  readonly laneId?: Id;
  readonly phaseId?: Id;
  readonly index?: number;
}

/** Move one card into a cell at `index` (position among that cell's other cards). */
export function moveCard(
  doc: Y.Doc,
  id: Id,
  to: { laneId: Id; phaseId: Id; index?: number },
): void {
  moveCards(doc, [id], to);
}

/**
 * Move several cards as one undo step. Each card goes to `laneId`/`phaseId`
 * (its own when not given); cards that land in the same cell stay together at
 * `index`, in their previous relative order. Fields of the old lane type stay
 * stored but hidden, so a move back restores them.
 */
export function moveCards(doc: Y.Doc, ids: readonly Id[], to: CardTarget): void {
  const root = cardsRoot(doc);
  const unique = [...new Set(ids)];
  const cards = unique.map((id) => ({ id, card: mustGet(root, 'card', id) }));
  if (to.laneId !== undefined) checkMovable(lanesRoot(doc), 'lane', to.laneId);
  if (to.phaseId !== undefined) checkMovable(phasesRoot(doc), 'phase', to.phaseId);
  const index = to.index === undefined ? undefined : checkIndex(to.index);
  const groups = new Map<
    string,
    { laneId: Id; phaseId: Id; items: { id: Id; order: string; card: EntityMap }[] }
  >();
  for (const { id, card } of cards) {
    if (isCardDeleted(card)) throw invalid(`card "${id}" is deleted`);
    const stored = readPlace(card);
    const laneId = to.laneId ?? stored.laneId;
    const phaseId = to.phaseId ?? stored.phaseId;
    // A field can be briefly missing while out-of-order updates are pending;
    // writing a guess would strand the card in a cell that does not exist.
    if (laneId === undefined || phaseId === undefined)
      throw invalid(`card "${id}" is still syncing`);
    const key = `${laneId}\u0000${phaseId}`;
    const group = groups.get(key) ?? { laneId, phaseId, items: [] };
    group.items.push({ id, order: stored.order ?? '', card });
    groups.set(key, group);
  }
  if (cards.length === 0) return;
  const moving = new Set(unique);
  runCommand(doc, () => {
    for (const { laneId, phaseId, items } of groups.values()) {
      sortOrdered(items);
      const keys = keysAt(cellSorted(doc, laneId, phaseId, moving), index, items.length);
      const laneType = laneTypeOf(doc, laneId);
      items.forEach(({ card }, i) => {
        writePlace(card, laneId, phaseId, keys[i] ?? '');
        ensureRequiredFields(card, laneType);
      });
    }
  });
}
