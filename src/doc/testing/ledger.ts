/**
 * What the fuzz peers did, for the "no edit lost" checks: everything added must
 * survive unless that very thing was deleted (or cleared) by someone.
 */
import type { Id } from '../../model/types';

export class Ledger {
  readonly addedCards = new Set<Id>();
  readonly deletedCards = new Set<Id>();
  /** tokens typed into a card's text (only inserts), by card */
  readonly tokens = new Map<Id, string[]>();
  /** cards whose text someone replaced or cut (tokens may be gone) */
  readonly textReplaced = new Set<Id>();
  /** last count each voter saw after their own vote: `${card}\u0000${voter}` */
  readonly votes = new Map<string, number>();
  readonly clearedVotes = new Set<Id>();
  /** comment id -> card id */
  readonly comments = new Map<Id, Id>();
  readonly deletedComments = new Set<Id>();
  /** measurement id -> card id */
  readonly measurements = new Map<Id, Id>();
  readonly measurementRemovedOn = new Set<Id>();
  private counter = 0;

  /** A text token unique in the run, made of characters no other text uses. */
  token(peer: number): string {
    this.counter += 1;
    return `<${peer}.${this.counter}>`;
  }

  addToken(cardId: Id, token: string): void {
    this.tokens.set(cardId, [...(this.tokens.get(cardId) ?? []), token]);
  }
}

/** True when `needle`'s characters appear in `hay` in order (inserts only ever interleave). */
export function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) {
    if (ch === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return needle.length === 0;
}
