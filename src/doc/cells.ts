/** Reading a cell's cards (lane × phase) from the document, for placing cards. */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { CARD_KEYS, cardsRoot, readString, type EntityMap } from './layout';
import { sortOrdered, type Ordered } from './order';

/** Live cards of one cell sorted by (order, id), without the ids in `without`. */
export function cellSorted(
  doc: Y.Doc,
  laneId: Id,
  phaseId: Id,
  without?: ReadonlySet<Id>,
): Ordered[] {
  const items: Ordered[] = [];
  cardsRoot(doc).forEach((value, id) => {
    if (without?.has(id)) return;
    const card = value as EntityMap;
    if (card.get(CARD_KEYS.deleted) === true) return;
    if (card.get(CARD_KEYS.laneId) !== laneId || card.get(CARD_KEYS.phaseId) !== phaseId) return;
    items.push({ id, order: readString(card, CARD_KEYS.order) ?? '' });
  });
  return sortOrdered(items);
}
