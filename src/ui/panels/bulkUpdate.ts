import { updateCards } from '../../doc';
import type { CardPatch } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { Id } from '../../model/types';
import type { MapSession } from '../../session/MapSession';

type MapDoc = MapSession['doc'];

/**
 * Applies a patch to each selected card as one command (one undo step), skipping
 * cards the patch would not change.
 */
export function bulkUpdate(
  doc: MapDoc,
  cards: readonly CardView[],
  patchFor: (card: CardView) => CardPatch | null,
): void {
  const patches = new Map<Id, CardPatch>();
  for (const card of cards) {
    const patch = patchFor(card);
    if (patch) patches.set(card.id, patch);
  }
  updateCards(doc, patches);
}
