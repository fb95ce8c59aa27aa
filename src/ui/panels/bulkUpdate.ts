import { updateCard } from '../../doc';
import type { CardPatch } from '../../doc';
import type { CardView } from '../../model/snapshot';
import type { MapSession } from '../session/MapSession';

type MapDoc = MapSession['doc'];

/**
 * Applies a patch to each selected card. The doc layer has no multi-card update yet,
 * so this is one command (and one undo step) per card; kept in one place so a future
 * `updateCards` command replaces it in one line. Skips cards the patch would not change.
 */
export function bulkUpdate(
  doc: MapDoc,
  cards: readonly CardView[],
  patchFor: (card: CardView) => CardPatch | null,
): void {
  for (const card of cards) {
    const patch = patchFor(card);
    if (patch) updateCard(doc, card.id, patch);
  }
}
