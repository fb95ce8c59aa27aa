/**
 * Links between cards: entries of the source card (cardlayout.ts), entry key -> order key. The
 * key is the target card id; a file may list one target several times (the
 * format allows it), and each extra occurrence gets the key `target␀n`, which no
 * id can spell. Commands link a target once: concurrent links to the same card
 * land on the same key and merge.
 */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { cardPart } from './cardlayout';
import { mustGet, runCommand } from './command';
import { invalid } from './errors';
import { cardsRoot, type Fields } from './roots';
import { keyAt, sortOrdered, type Ordered } from './order';

const REPEAT = '\u0000';

/** Link entries of a card sorted by (order, key). */
export function sortedLinks(links: Fields): Ordered[] {
  const items: Ordered[] = [];
  links.forEach((order, id) => items.push({ id, order: typeof order === 'string' ? order : '' }));
  return sortOrdered(items);
}

/** The card a link entry points at. */
export function linkTarget(key: string): Id {
  const cut = key.indexOf(REPEAT);
  return cut < 0 ? key : key.slice(0, cut);
}

/** The card ids a card links to, in order (a target may repeat). */
export function linkTargets(links: Fields): Id[] {
  return sortedLinks(links).map((l) => linkTarget(l.id));
}

/** Entry keys for a list of targets in file order: `a`, `b`, `a␀1` for [a, b, a]. */
export function linkKeys(targets: readonly Id[]): string[] {
  const seen = new Map<Id, number>();
  return targets.map((target) => {
    const n = seen.get(target) ?? 0;
    seen.set(target, n + 1);
    return n === 0 ? target : `${target}${REPEAT}${n}`;
  });
}

function linksOf(doc: Y.Doc, fromId: Id, toId: Id): Fields {
  const root = cardsRoot(doc);
  const from = mustGet(root, 'card', fromId);
  mustGet(root, 'card', toId);
  if (fromId === toId) throw invalid('a card cannot link to itself');
  return cardPart(from, 'links');
}

/** Link card `fromId` to card `toId` (appended to its links; no-op if linked). */
export function linkCards(doc: Y.Doc, fromId: Id, toId: Id): void {
  const links = linksOf(doc, fromId, toId);
  if (links.has(toId)) return;
  const order = keyAt(sortedLinks(links), undefined);
  runCommand(doc, () => links.set(toId, order));
}

/** Remove every link from `fromId` to `toId` (no-op if there is none). */
export function unlinkCards(doc: Y.Doc, fromId: Id, toId: Id): void {
  const links = linksOf(doc, fromId, toId);
  const keys = [...links.keys()].filter((key) => linkTarget(key) === toId);
  if (keys.length === 0) return;
  runCommand(doc, () => {
    for (const key of keys) links.delete(key);
  });
}
