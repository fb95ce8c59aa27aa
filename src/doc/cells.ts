/** Reading a cell's cards (lane × phase) from the document, for placing cards. */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { isCardDeleted, readPlace } from './cardlayout';
import { cardsRoot, type EntityMap } from './roots';
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
    if (isCardDeleted(card)) return;
    const place = readPlace(card);
    if (place.laneId !== laneId || place.phaseId !== phaseId) return;
    items.push({ id, order: place.order ?? '' });
  });
  return sortOrdered(items);
}
