/** Links between cards: a Y.Map target id -> order key on the source card. */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { mustGet, runCommand } from './command';
import { invalid } from './errors';
import { CARD_KEYS, cardsRoot, readMap } from './layout';
import { keyAt, sortOrdered, type Ordered } from './order';

/** Link entries of a card sorted by (order, id). */
export function sortedLinks(links: Y.Map<unknown>): Ordered[] {
  const items: Ordered[] = [];
  links.forEach((order, id) => items.push({ id, order: typeof order === 'string' ? order : '' }));
  return sortOrdered(items);
}

function linksOf(doc: Y.Doc, fromId: Id, toId: Id): Y.Map<unknown> {
  const root = cardsRoot(doc);
  const from = mustGet(root, 'card', fromId);
  mustGet(root, 'card', toId);
  if (fromId === toId) throw invalid('a card cannot link to itself');
  const links = readMap(from, CARD_KEYS.links);
  if (!links) throw invalid(`card "${fromId}" cannot hold links`);
  return links;
}

/** Link card `fromId` to card `toId` (appended to its links; no-op if linked). */
export function linkCards(doc: Y.Doc, fromId: Id, toId: Id): void {
  const links = linksOf(doc, fromId, toId);
  if (links.has(toId)) return;
  const order = keyAt(sortedLinks(links), undefined);
  runCommand(doc, () => links.set(toId, order));
}

/** Remove the link from `fromId` to `toId` (no-op if absent). */
export function unlinkCards(doc: Y.Doc, fromId: Id, toId: Id): void {
  const links = linksOf(doc, fromId, toId);
  if (!links.has(toId)) return;
  runCommand(doc, () => links.delete(toId));
}
