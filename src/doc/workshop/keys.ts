/**
 * Layout of the `workshop` root Y.Map (private to src/doc; see README.md). Flat
 * keys holding plain JSON, never nested shared types: two facilitators creating
 * the same nested map at once would lose one of them, whereas concurrent writes
 * to different flat keys (two voters' ballots, two lane locks) both survive.
 *
 *   vote                      JSON VoteSession                      (at most one)
 *   ballot/<voteId>/<voterId> JSON { cardId: dots }                 (written by that voter only)
 *   timer                     JSON TimerState, relay-clock ms       (absent = no timer)
 *   lock/map                  true                                  (absent = unlocked)
 *   lock/lane/<laneId>        true
 *
 * Scope: document, but never exported to format v1 (exportMap ignores this root).
 */
import type * as Y from 'yjs';
import type { Id } from '../../model/types';
import { workshopRoot } from '../roots';

export const WORKSHOP_KEYS = {
  vote: 'vote',
  timer: 'timer',
  mapLock: 'lock/map',
  laneLockPrefix: 'lock/lane/',
  ballotPrefix: 'ballot/',
} as const;

/** Key of one voter's ballot in one vote. */
export function ballotKey(voteId: Id, voterId: string): string {
  return `${WORKSHOP_KEYS.ballotPrefix}${voteId}/${voterId}`;
}

/** Splits a ballot key; null for other keys. */
export function parseBallotKey(key: string): { voteId: Id; voterId: string } | null {
  if (!key.startsWith(WORKSHOP_KEYS.ballotPrefix)) return null;
  const rest = key.slice(WORKSHOP_KEYS.ballotPrefix.length);
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return null;
  return { voteId: rest.slice(0, slash), voterId: rest.slice(slash + 1) };
}

/** Key of a lane lock. */
export function laneLockKey(laneId: Id): string {
  return WORKSHOP_KEYS.laneLockPrefix + laneId;
}

/** The workshop root of a doc. */
export function workshop(doc: Y.Doc): Y.Map<unknown> {
  return workshopRoot(doc);
}
