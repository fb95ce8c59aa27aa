import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../cards';
import { addLane } from '../lanes';
import { cardPart } from '../cardlayout';
import { cardsRoot, getEntity, metaMap } from '../roots';
import { LOCAL_ORIGIN } from '../origins';
import { addPhase } from '../phases';
import { castVote } from '../votes';
import {
  addDot,
  clearLocks,
  closeVote,
  createWorkshopStore,
  extendWorkshopTimer,
  pauseWorkshopTimer,
  readWorkshop,
  removeDot,
  resumeWorkshopTimer,
  revealVote,
  setLaneLock,
  setMapLock,
  startVote,
  startWorkshopTimer,
  stopWorkshopTimer,
} from './index';
import { remaining } from '../../model/workshop/timer';
import { tally } from '../../model/workshop/voting';

function seeded() {
  const doc = new Y.Doc();
  doc.transact(() => metaMap(doc).set('id', 'map1'), LOCAL_ORIGIN);
  const phase = addPhase(doc, { name: 'Search', id: 'p1' });
  const pains = addLane(doc, { type: 'painPoints', name: 'Pains', id: 'lp' });
  const needs = addLane(doc, { type: 'needs', name: 'Needs', id: 'ln' });
  const c1 = addCard(doc, { laneId: pains, phaseId: phase, text: 'slow', id: 'c1' });
  const c2 = addCard(doc, { laneId: pains, phaseId: phase, text: 'ugly', id: 'c2' });
  const c3 = addCard(doc, { laneId: needs, phaseId: phase, text: 'fast', id: 'c3' });
  return { doc, c1, c2, c3, pains, needs };
}

/** A second replica of `doc`, as another participant's browser would hold it. */
function replica(doc: Y.Doc): Y.Doc {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}

function exchange(a: Y.Doc, b: Y.Doc) {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}

function cardVotes(doc: Y.Doc, cardId: string): Record<string, unknown> {
  const card = getEntity(cardsRoot(doc), cardId);
  const out: Record<string, unknown> = {};
  if (card) cardPart(card, 'votes').forEach((n, voter) => (out[voter] = n));
  return out;
}

/** A pain-point dot vote started by the facilitator 'fac'. */
function painVote(doc: Y.Doc, dotsPerPerson: number, now: number, id: string): void {
  startVote(doc, { laneType: 'painPoints', dotsPerPerson, startedBy: 'fac', now, id });
}

describe('dot voting in the document', () => {
  it('enforces the budget and the lane type, and lets dots be taken back', () => {
    const { doc, c1, c2, c3 } = seeded();
    painVote(doc, 2, 1, 'v1');
    expect(addDot(doc, 'u1', c1).ok).toBe(true);
    expect(addDot(doc, 'u1', c1).ok).toBe(true);
    expect(addDot(doc, 'u1', c2)).toEqual({ ok: false, reason: 'no-dots-left' });
    expect(addDot(doc, 'u1', c3)).toEqual({ ok: false, reason: 'wrong-lane' });
    expect(() => addDot(doc, 'u1', 'nope')).toThrow(/does not exist/);
    expect(removeDot(doc, 'u1', c1).ok).toBe(true);
    expect(addDot(doc, 'u1', c2).ok).toBe(true);
    expect(readWorkshop(doc).ballots.get('u1')).toEqual({ c1: 1, c2: 1 });
    expect(() =>
      startVote(doc, { laneType: 'painPoints', dotsPerPerson: 0, startedBy: 'f', now: 1 }),
    ).toThrow(/dots/);
  });

  it('counts concurrent voters on separate replicas after they merge', () => {
    const { doc, c1, c2 } = seeded();
    startVote(doc, { laneType: 'painPoints', dotsPerPerson: 3, startedBy: 'fac', now: 1 });
    const lea = replica(doc);
    const max = replica(doc);
    // offline at the same time
    addDot(lea, 'lea', c1);
    addDot(lea, 'lea', c1);
    addDot(max, 'max', c1);
    addDot(max, 'max', c2);
    addDot(doc, 'fac', c2);
    exchange(lea, max);
    exchange(doc, lea);
    exchange(doc, max);
    for (const d of [doc, lea, max]) {
      expect(Object.fromEntries(tally(readWorkshop(d).ballots))).toEqual({ c1: 3, c2: 2 });
    }
    // results land on the cards per voter, so the totals survive in the map
    expect(revealVote(lea)).toBe(true);
    exchange(doc, lea);
    expect(cardVotes(doc, c1)).toEqual({ lea: 2, max: 1 });
    expect(cardVotes(doc, c2)).toEqual({ max: 1, fac: 1 });
    expect(readWorkshop(doc).vote?.status).toBe('revealed');
    expect(addDot(doc, 'late', c1)).toEqual({ ok: false, reason: 'closed' });
    // revealing twice changes nothing
    expect(revealVote(doc)).toBe(false);
  });

  it('replaces earlier-round dots of the same voter and keeps imported or absent voters', () => {
    const { doc, c1, c2 } = seeded();
    castVote(doc, c1, '_imported', 4);
    castVote(doc, c1, 'lea', 3);
    startVote(doc, { laneType: 'painPoints', dotsPerPerson: 3, startedBy: 'fac', now: 1 });
    addDot(doc, 'lea', c2);
    revealVote(doc);
    expect(cardVotes(doc, c1)).toEqual({ _imported: 4, lea: 0 });
    expect(cardVotes(doc, c2)).toEqual({ lea: 1 });
  });

  it('cancels without touching cards and drops old ballots when a new vote starts', () => {
    const { doc, c1 } = seeded();
    painVote(doc, 3, 1, 'v1');
    addDot(doc, 'lea', c1);
    closeVote(doc);
    expect(readWorkshop(doc).vote).toBeNull();
    expect(cardVotes(doc, c1)).toEqual({});
    painVote(doc, 3, 2, 'v2');
    addDot(doc, 'lea', c1);
    painVote(doc, 1, 3, 'v3');
    expect(readWorkshop(doc).ballots.size).toBe(0);
    expect([...doc.getMap('workshop').keys()].filter((k) => k.startsWith('ballot/'))).toEqual([]);
  });

  it('trims a ballot a peer wrote beyond the budget', () => {
    const { doc } = seeded();
    painVote(doc, 2, 1, 'v1');
    doc.getMap('workshop').set('ballot/v1/cheat', { c1: 5, c2: 5 });
    expect(readWorkshop(doc).ballots.get('cheat')).toEqual({ c1: 2 });
  });
});

describe('timer in the document', () => {
  it('stores relay-clock times and runs through start, pause, resume, extend, stop', () => {
    const { doc } = seeded();
    const other = replica(doc);
    startWorkshopTimer(doc, 300_000, 1_000_000);
    exchange(doc, other);
    const seen = readWorkshop(other).timer!;
    expect(remaining(seen, 1_060_000)).toBe(240_000);
    pauseWorkshopTimer(doc, 1_060_000);
    resumeWorkshopTimer(doc, 2_000_000);
    extendWorkshopTimer(doc, 60_000, 2_000_000);
    exchange(doc, other);
    expect(remaining(readWorkshop(other).timer!, 2_000_000)).toBe(300_000);
    expect(() => startWorkshopTimer(doc, -5, 0)).toThrow(/duration/);
    stopWorkshopTimer(doc);
    expect(readWorkshop(doc).timer).toBeNull();
  });

  it('does not stamp the map as edited', () => {
    const { doc } = seeded();
    const before = metaMap(doc).get('updatedAt');
    startWorkshopTimer(doc, 1000, 0);
    expect(metaMap(doc).get('updatedAt')).toBe(before);
  });
});

describe('locks in the document', () => {
  it('keeps concurrent lane locks from two facilitators and notifies the store', () => {
    const { doc, pains, needs } = seeded();
    const other = replica(doc);
    const store = createWorkshopStore(doc);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    setLaneLock(doc, pains, true);
    setLaneLock(other, needs, true);
    exchange(doc, other);
    expect([...store.getSnapshot().locks.lanes].sort()).toEqual([needs, pains].sort());
    expect(calls).toBeGreaterThanOrEqual(2);
    setMapLock(doc, true);
    expect(store.getSnapshot().locks.map).toBe(true);
    expect(() => setLaneLock(doc, 'nope', true)).toThrow(/does not exist/);
    clearLocks(doc);
    expect(store.getSnapshot().locks).toEqual({ map: false, lanes: new Set() });
    unsubscribe();
    store.destroy();
  });
});
