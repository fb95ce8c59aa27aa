/**
 * Dot votes: one counter per voter in the card's votes (cardlayout.ts).
 * Different voters never write the same key, so concurrent votes add up.
 */
import type * as Y from 'yjs';
import type { Id } from '../model/types';
import { cardPart } from './cardlayout';
import { checkInt, checkString } from './checks';
import { mustGet, runCommand } from './command';
import { cardsRoot, type Fields } from './roots';

function votesOf(doc: Y.Doc, cardId: Id): Fields {
  return cardPart(mustGet(cardsRoot(doc), 'card', cardId), 'votes');
}

/** Add `delta` dots (may be negative) for one voter; the count never drops below 0. */
export function castVote(doc: Y.Doc, cardId: Id, voterId: string, delta = 1): void {
  checkString('voterId', voterId, 1, 200);
  checkInt('delta', delta, -1000, 1000);
  const votes = votesOf(doc, cardId);
  const current = votes.get(voterId);
  const now = typeof current === 'number' ? current : 0;
  const next = Math.max(0, now + delta);
  if (next === now && votes.has(voterId)) return;
  runCommand(doc, () => votes.set(voterId, next));
}

/** Set one voter's dots on a card to `n` (≥ 0). */
export function setVotes(doc: Y.Doc, cardId: Id, voterId: string, n: number): void {
  checkString('voterId', voterId, 1, 200);
  checkInt('votes', n, 0, 1_000_000);
  const votes = votesOf(doc, cardId);
  if (votes.get(voterId) === n) return;
  runCommand(doc, () => votes.set(voterId, n));
}

/** Remove every voter's dots from a card (the card then has no vote field). */
export function clearVotes(doc: Y.Doc, cardId: Id): void {
  const votes = votesOf(doc, cardId);
  if (votes.size === 0) return;
  runCommand(doc, () => {
    for (const key of [...votes.keys()]) votes.delete(key);
  });
}
