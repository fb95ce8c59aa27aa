/**
 * Dot voting rules. A facilitator opens a vote on one lane type with N dots per
 * person; each voter spreads up to N dots over cards of that lane type (several on
 * one card allowed) and can take them back until the vote is revealed.
 *
 * Ballots are kept per voter (each voter writes only their own ballot), so votes
 * cast at the same moment on different devices all count after the merge. Dots
 * are hidden until reveal by the UI (`visibleDots`); they are in the shared
 * document all along, so secrecy is a courtesy between colleagues, not a secret.
 */
import type { Id, LaneType } from '../types';
import { LANE_TYPES } from '../types';

/** More dots than this per person is never a useful prioritisation. */
export const MAX_DOTS_PER_PERSON = 20;

export type VoteStatus = 'open' | 'revealed';

/** Scope: document (workshop map). One vote at a time per map. */
export interface VoteSession {
  readonly id: Id;
  readonly laneType: LaneType;
  readonly dotsPerPerson: number;
  readonly status: VoteStatus;
  /** user id of the facilitator who opened it */
  readonly startedBy: string;
  /** relay-clock ms */
  readonly startedAt: number;
}

/** One voter's dots: card id -> how many (always > 0; absent = none). */
export type Ballot = Readonly<Record<Id, number>>;

/** All ballots of one vote, by voter id. */
export type Ballots = ReadonlyMap<string, Ballot>;

/** A card as the rules see it. */
export interface VotableCard {
  readonly id: Id;
  readonly laneType: LaneType;
}

export type DotRefusal = 'closed' | 'wrong-lane' | 'no-dots-left' | 'none-to-take';
export type DotResult =
  | { readonly ok: true; readonly ballot: Ballot }
  | { readonly ok: false; readonly reason: DotRefusal };

export const EMPTY_BALLOT: Ballot = Object.freeze({});

/** Checks the settings a facilitator gives when opening a vote; returns an error text or null. */
export function checkVoteSettings(laneType: string, dotsPerPerson: number): string | null {
  if (!(LANE_TYPES as readonly string[]).includes(laneType))
    return `unknown lane type "${laneType}"`;
  if (
    !Number.isInteger(dotsPerPerson) ||
    dotsPerPerson < 1 ||
    dotsPerPerson > MAX_DOTS_PER_PERSON
  ) {
    return `dots per person must be a whole number from 1 to ${MAX_DOTS_PER_PERSON}, got ${dotsPerPerson}`;
  }
  return null;
}

/** How many dots a ballot uses. */
export function dotsUsed(ballot: Ballot): number {
  let n = 0;
  for (const count of Object.values(ballot)) n += count;
  return n;
}

/** How many dots the voter may still place. */
export function dotsLeft(session: VoteSession, ballot: Ballot): number {
  return Math.max(0, session.dotsPerPerson - dotsUsed(ballot));
}

/** Puts one more dot on a card, if the vote is open, the card is eligible and dots are left. */
export function placeDot(session: VoteSession, ballot: Ballot, card: VotableCard): DotResult {
  if (session.status !== 'open') return { ok: false, reason: 'closed' };
  if (card.laneType !== session.laneType) return { ok: false, reason: 'wrong-lane' };
  if (dotsLeft(session, ballot) <= 0) return { ok: false, reason: 'no-dots-left' };
  return { ok: true, ballot: { ...ballot, [card.id]: (ballot[card.id] ?? 0) + 1 } };
}

/** Takes one of the voter's dots back from a card. */
export function takeDot(session: VoteSession, ballot: Ballot, cardId: Id): DotResult {
  if (session.status !== 'open') return { ok: false, reason: 'closed' };
  const current = ballot[cardId] ?? 0;
  if (current <= 0) return { ok: false, reason: 'none-to-take' };
  const next: Record<Id, number> = { ...ballot };
  if (current === 1) delete next[cardId];
  else next[cardId] = current - 1;
  return { ok: true, ballot: next };
}

/**
 * Cleans a ballot read from the document (any peer could have written it): keeps
 * positive whole counts on eligible cards and trims to the budget. Trimming walks
 * the cards in id order, so every client trims the same way and totals agree.
 */
export function normalizeBallot(
  raw: unknown,
  session: VoteSession,
  isEligible: (cardId: Id) => boolean = () => true,
): Ballot {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return EMPTY_BALLOT;
  let budget = session.dotsPerPerson;
  const out: Record<Id, number> = {};
  for (const cardId of Object.keys(raw).sort()) {
    const count = (raw as Record<string, unknown>)[cardId];
    if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) continue;
    if (!isEligible(cardId) || budget <= 0) continue;
    const kept = Math.min(count, budget);
    out[cardId] = kept;
    budget -= kept;
  }
  return out;
}

/** Dots per card over all ballots. */
export function tally(ballots: Ballots): ReadonlyMap<Id, number> {
  const totals = new Map<Id, number>();
  for (const ballot of ballots.values()) {
    for (const [cardId, count] of Object.entries(ballot))
      totals.set(cardId, (totals.get(cardId) ?? 0) + count);
  }
  return totals;
}

export interface RankedCard {
  readonly cardId: Id;
  readonly total: number;
  /** 1-based; tied cards share a rank and the next rank is skipped (1, 1, 3) */
  readonly rank: number;
}

/** Cards with dots, most first; ties ordered by card id so every client lists them alike. */
export function ranking(totals: ReadonlyMap<Id, number>): RankedCard[] {
  const sorted = [...totals]
    .filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: RankedCard[] = [];
  sorted.forEach(([cardId, total], i) => {
    const prev = out[i - 1];
    out.push({ cardId, total, rank: prev && prev.total === total ? prev.rank : i + 1 });
  });
  return out;
}

/** What one person may see of a card's dots: their own always, the total only after reveal. */
export interface VisibleDots {
  readonly own: number;
  readonly total: number | null;
}

/** The dots of `cardId` as `viewerId` may see them. */
export function visibleDots(
  session: VoteSession,
  ballots: Ballots,
  viewerId: string,
  cardId: Id,
): VisibleDots {
  const own = ballots.get(viewerId)?.[cardId] ?? 0;
  if (session.status !== 'revealed') return { own, total: null };
  let total = 0;
  for (const ballot of ballots.values()) total += ballot[cardId] ?? 0;
  return { own, total };
}

/** One per-voter counter to set on a card when a vote is revealed. */
export interface VoteWrite {
  readonly cardId: Id;
  readonly voterId: string;
  readonly n: number;
}

/**
 * The per-voter counters to write on cards at reveal, so the result lives on in the
 * map (format v1 `votes`). A round is each participant's current opinion about the
 * voted cards: every voter with a ballot gets their count set on every eligible
 * card, 0 where an earlier round had left dots they no longer give. Writes that
 * change nothing are left out, so revealing twice (two facilitators at once) is
 * harmless and cards nobody touched keep having no `votes` field.
 *
 * @param cardIds the live cards of the voted lane type
 * @param currentVotesBy the counters cards already carry, by card id
 */
export function votesToWrite(
  ballots: Ballots,
  cardIds: readonly Id[],
  currentVotesBy: (cardId: Id) => Readonly<Record<string, number>>,
): VoteWrite[] {
  const writes: VoteWrite[] = [];
  const voters = [...ballots.keys()].sort();
  for (const cardId of cardIds) {
    const current = currentVotesBy(cardId);
    for (const voterId of voters) {
      const n = ballots.get(voterId)?.[cardId] ?? 0;
      if ((current[voterId] ?? 0) !== n) writes.push({ cardId, voterId, n });
    }
  }
  return writes;
}
