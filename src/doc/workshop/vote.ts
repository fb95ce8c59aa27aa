/**
 * Dot-vote commands. Each voter writes only their own ballot key, so dots placed
 * at the same moment on many devices all count. Rules live in model/workshop/voting.
 */
import * as Y from 'yjs';
import type { Id, LaneType } from '../../model/types';
import {
  checkVoteSettings,
  placeDot,
  takeDot,
  votesToWrite,
  type DotResult,
  type VoteSession,
} from '../../model/workshop/voting';
import { laneTypeOf } from '../cardfields';
import { invalid, notFound } from '../errors';
import { cardPart, isCardDeleted, readPlace } from '../cardlayout';
import { cardsRoot, getEntity, type EntityMap } from '../roots';
import { setVotes } from '../votes';
import { ballotKey, parseBallotKey, workshop, WORKSHOP_KEYS } from './keys';
import { WORKSHOP_ORIGIN } from './origin';
import { readBallots, readVote } from './state';

export interface NewVote {
  readonly laneType: LaneType;
  readonly dotsPerPerson: number;
  /** user id of the facilitator */
  readonly startedBy: string;
  /** relay-clock ms */
  readonly now: number;
  readonly id?: Id;
}

function randomId(): Id {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/**
 * Opens a vote (replacing any vote that was running, whose ballots are dropped).
 * Throws DocError `invalid` for an unknown lane type or a bad dot count.
 */
export function startVote(doc: Y.Doc, input: NewVote): VoteSession {
  const problem = checkVoteSettings(input.laneType, input.dotsPerPerson);
  if (problem) throw invalid(problem);
  const session: VoteSession = {
    id: input.id ?? randomId(),
    laneType: input.laneType,
    dotsPerPerson: input.dotsPerPerson,
    status: 'open',
    startedBy: input.startedBy,
    startedAt: input.now,
  };
  doc.transact(() => {
    const root = workshop(doc);
    deleteAllBallots(root);
    root.set(WORKSHOP_KEYS.vote, { ...session });
  }, WORKSHOP_ORIGIN);
  return session;
}

function deleteAllBallots(root: Y.Map<unknown>): void {
  for (const key of [...root.keys()]) if (parseBallotKey(key)) root.delete(key);
}

function cardLaneType(doc: Y.Doc, cardId: Id): LaneType {
  const card = getEntity(cardsRoot(doc), cardId);
  if (!card || isCardDeleted(card)) throw notFound('card', cardId);
  const { laneId } = readPlace(card);
  const type = laneId === undefined ? undefined : laneTypeOf(doc, laneId);
  if (!type) throw notFound('lane of card', cardId);
  return type;
}

function changeDots(doc: Y.Doc, voterId: string, cardId: Id, add: boolean): DotResult {
  const root = workshop(doc);
  const vote = readVote(root);
  if (!vote) return { ok: false, reason: 'closed' };
  const ballot = readBallots(root, vote).get(voterId) ?? {};
  const result = add
    ? placeDot(vote, ballot, { id: cardId, laneType: cardLaneType(doc, cardId) })
    : takeDot(vote, ballot, cardId);
  if (result.ok) {
    const key = ballotKey(vote.id, voterId);
    doc.transact(() => {
      if (Object.keys(result.ballot).length === 0) root.delete(key);
      else root.set(key, { ...result.ballot });
    }, WORKSHOP_ORIGIN);
  }
  return result;
}

/**
 * Puts one of `voterId`'s dots on a card of the voted lane type. Returns why not
 * when the vote is closed, the card is of another lane type or no dot is left;
 * throws DocError `not-found` for an unknown card.
 */
export function addDot(doc: Y.Doc, voterId: string, cardId: Id): DotResult {
  return changeDots(doc, voterId, cardId, true);
}

/** Takes one of `voterId`'s dots back from a card (while the vote is open). */
export function removeDot(doc: Y.Doc, voterId: string, cardId: Id): DotResult {
  return changeDots(doc, voterId, cardId, false);
}

function votesBy(doc: Y.Doc, cardId: Id): Record<string, number> {
  const card = getEntity(cardsRoot(doc), cardId);
  const out: Record<string, number> = {};
  if (!card) return out;
  cardPart(card, 'votes').forEach((n, voter) => {
    if (typeof n === 'number') out[voter] = n;
  });
  return out;
}

/** Live cards in lanes of `laneType`. */
function cardsOfLaneType(doc: Y.Doc, laneType: LaneType): Id[] {
  const ids: Id[] = [];
  for (const [id, card] of cardsRoot(doc).entries()) {
    if (!(card instanceof Y.Map) || isCardDeleted(card as EntityMap)) continue;
    const { laneId } = readPlace(card as EntityMap);
    if (laneId !== undefined && laneTypeOf(doc, laneId) === laneType) ids.push(id);
  }
  return ids.sort();
}

/**
 * Reveals the open vote: everyone now sees totals and the ranking, and each
 * voter's dots are written onto the cards with `setVotes` (so format v1 exports
 * carry `votes`). One transaction; idempotent, so two facilitators revealing at
 * once write the same counters. Returns false when no vote is open.
 */
export function revealVote(doc: Y.Doc): boolean {
  const root = workshop(doc);
  const vote = readVote(root);
  if (!vote || vote.status !== 'open') return false;
  const ballots = readBallots(root, vote);
  const writes = votesToWrite(ballots, cardsOfLaneType(doc, vote.laneType), (id) =>
    votesBy(doc, id),
  );
  doc.transact(() => {
    for (const w of writes) setVotes(doc, w.cardId, w.voterId, w.n);
    root.set(WORKSHOP_KEYS.vote, { ...vote, status: 'revealed' });
  }, WORKSHOP_ORIGIN);
  return true;
}

/**
 * Ends the vote (after reveal) or cancels it (before): the session and its
 * ballots go away; dots already written onto cards by a reveal stay there.
 */
export function closeVote(doc: Y.Doc): void {
  const root = workshop(doc);
  if (!root.has(WORKSHOP_KEYS.vote) && ![...root.keys()].some((k) => parseBallotKey(k))) return;
  doc.transact(() => {
    root.delete(WORKSHOP_KEYS.vote);
    deleteAllBallots(root);
  }, WORKSHOP_ORIGIN);
}
