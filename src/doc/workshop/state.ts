/**
 * Reading the workshop map into immutable, validated values. Any peer with an
 * edit link can write this map, so everything read here is checked and
 * malformed entries count as absent.
 */
import type * as Y from 'yjs';
import {
  checkVoteSettings,
  normalizeBallot,
  type Ballot,
  type VoteSession,
} from '../../model/workshop/voting';
import { parseTimer, type TimerState } from '../../model/workshop/timer';
import type { Locks } from '../../model/workshop/locks';
import type { LaneType } from '../../model/types';
import { parseBallotKey, workshop, WORKSHOP_KEYS } from './keys';
import { readLocks } from './lockState';

export { readLocks } from './lockState';

/** Everything the workshop UI needs, as one immutable value. */
export interface WorkshopSnapshot {
  readonly vote: VoteSession | null;
  /** ballots of the current vote by voter id (budget enforced); empty without a vote */
  readonly ballots: ReadonlyMap<string, Ballot>;
  readonly timer: TimerState | null;
  readonly locks: Locks;
}

/** Parses the `vote` entry; null when absent or malformed. */
export function readVote(root: Y.Map<unknown>): VoteSession | null {
  const raw = root.get(WORKSHOP_KEYS.vote);
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.id !== 'string' ||
    typeof r.laneType !== 'string' ||
    typeof r.dotsPerPerson !== 'number'
  )
    return null;
  if (checkVoteSettings(r.laneType, r.dotsPerPerson) !== null) return null;
  if (r.status !== 'open' && r.status !== 'revealed') return null;
  return {
    id: r.id,
    laneType: r.laneType as LaneType,
    dotsPerPerson: r.dotsPerPerson,
    status: r.status,
    startedBy: typeof r.startedBy === 'string' ? r.startedBy : '',
    startedAt: typeof r.startedAt === 'number' && Number.isFinite(r.startedAt) ? r.startedAt : 0,
  };
}

/** The ballots of `vote`, each trimmed to the budget. */
export function readBallots(
  root: Y.Map<unknown>,
  vote: VoteSession | null,
): ReadonlyMap<string, Ballot> {
  const ballots = new Map<string, Ballot>();
  if (!vote) return ballots;
  for (const [key, value] of root.entries()) {
    const parsed = parseBallotKey(key);
    if (!parsed || parsed.voteId !== vote.id) continue;
    const ballot = normalizeBallot(value, vote);
    if (Object.keys(ballot).length > 0) ballots.set(parsed.voterId, ballot);
  }
  return ballots;
}

/** Reads the whole workshop state of a doc. */
export function readWorkshop(doc: Y.Doc): WorkshopSnapshot {
  const root = workshop(doc);
  const vote = readVote(root);
  return {
    vote,
    ballots: readBallots(root, vote),
    timer: parseTimer(root.get(WORKSHOP_KEYS.timer)),
    locks: readLocks(root),
  };
}

export interface WorkshopStore {
  getSnapshot(): WorkshopSnapshot;
  /** stable bound function, for useSyncExternalStore */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * An external store over the workshop map: a new snapshot after every change of
 * it (the map is small: one vote, ≤ 50 ballots, a timer, a few locks).
 * `destroy` stops observing; a later `subscribe` starts again from a fresh read,
 * so a store survives React StrictMode's simulated unmount and remount.
 */
export function createWorkshopStore(doc: Y.Doc): WorkshopStore {
  const root = workshop(doc);
  const listeners = new Set<() => void>();
  let snapshot = readWorkshop(doc);
  let observing = false;
  const onChange = () => {
    snapshot = readWorkshop(doc);
    for (const listener of [...listeners]) listener();
  };
  const start = () => {
    if (observing) return;
    root.observe(onChange);
    observing = true;
    snapshot = readWorkshop(doc);
  };
  start();
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      start();
      return () => listeners.delete(listener);
    },
    destroy: () => {
      if (observing) root.unobserve(onChange);
      observing = false;
    },
  };
}
