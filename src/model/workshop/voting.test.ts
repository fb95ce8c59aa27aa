import { describe, expect, it } from 'vitest';
import {
  checkVoteSettings,
  dotsLeft,
  normalizeBallot,
  placeDot,
  ranking,
  takeDot,
  tally,
  visibleDots,
  votesToWrite,
  type Ballot,
  type VoteSession,
} from './voting';

const session: VoteSession = {
  id: 'v1',
  laneType: 'painPoints',
  dotsPerPerson: 3,
  status: 'open',
  startedBy: 'fac',
  startedAt: 0,
};
const pain = (id: string) => ({ id, laneType: 'painPoints' as const });

function place(ballot: Ballot, ...ids: string[]): Ballot {
  for (const id of ids) {
    const r = placeDot(session, ballot, pain(id));
    if (!r.ok) throw new Error(r.reason);
    ballot = r.ballot;
  }
  return ballot;
}

describe('dot budget', () => {
  it('allows several dots on one card up to the budget, then refuses', () => {
    const b = place({}, 'a', 'a', 'b');
    expect(b).toEqual({ a: 2, b: 1 });
    expect(dotsLeft(session, b)).toBe(0);
    expect(placeDot(session, b, pain('c'))).toEqual({ ok: false, reason: 'no-dots-left' });
  });

  it('gives a dot back when taken, and refuses taking what is not there', () => {
    const b = place({}, 'a', 'a');
    const r = takeDot(session, b, 'a');
    expect(r).toEqual({ ok: true, ballot: { a: 1 } });
    const r2 = r.ok ? takeDot(session, r.ballot, 'a') : r;
    expect(r2).toEqual({ ok: true, ballot: {} });
    expect(takeDot(session, {}, 'a')).toEqual({ ok: false, reason: 'none-to-take' });
  });

  it('refuses cards of other lane types and closed votes', () => {
    expect(placeDot(session, {}, { id: 'x', laneType: 'needs' })).toEqual({
      ok: false,
      reason: 'wrong-lane',
    });
    const revealed = { ...session, status: 'revealed' as const };
    expect(placeDot(revealed, {}, pain('a'))).toEqual({ ok: false, reason: 'closed' });
    expect(takeDot(revealed, { a: 1 }, 'a')).toEqual({ ok: false, reason: 'closed' });
  });

  it('checks the settings of a new vote', () => {
    expect(checkVoteSettings('painPoints', 3)).toBeNull();
    expect(checkVoteSettings('nope', 3)).toMatch(/lane type/);
    expect(checkVoteSettings('painPoints', 0)).toMatch(/1 to 20/);
    expect(checkVoteSettings('painPoints', 2.5)).toMatch(/whole number/);
  });
});

describe('hidden until reveal', () => {
  const ballots = new Map<string, Ballot>([
    ['me', { a: 2 }],
    ['lea', { a: 1, b: 2 }],
  ]);
  it('shows only my own dots while open', () => {
    expect(visibleDots(session, ballots, 'me', 'a')).toEqual({ own: 2, total: null });
    expect(visibleDots(session, ballots, 'me', 'b')).toEqual({ own: 0, total: null });
  });
  it('shows totals after reveal', () => {
    const revealed = { ...session, status: 'revealed' as const };
    expect(visibleDots(revealed, ballots, 'me', 'a')).toEqual({ own: 2, total: 3 });
    expect(visibleDots(revealed, ballots, 'me', 'b')).toEqual({ own: 0, total: 2 });
  });
});

describe('totals and ranking', () => {
  it('adds all voters and ranks with shared ranks for ties', () => {
    const totals = tally(
      new Map<string, Ballot>([
        ['u1', { a: 2, b: 1 }],
        ['u2', { c: 3 }],
        ['u3', { a: 1, b: 1, d: 1 }],
      ]),
    );
    expect(Object.fromEntries(totals)).toEqual({ a: 3, b: 2, c: 3, d: 1 });
    expect(ranking(totals)).toEqual([
      { cardId: 'a', total: 3, rank: 1 },
      { cardId: 'c', total: 3, rank: 1 },
      { cardId: 'b', total: 2, rank: 3 },
      { cardId: 'd', total: 1, rank: 4 },
    ]);
  });
});

describe('ballots from the document', () => {
  it('drops garbage and ineligible cards and trims to the budget in id order', () => {
    const raw = { z: 2, a: 2, b: -1, c: 'x', d: 1.5, gone: 1 };
    expect(normalizeBallot(raw, session, (id) => id !== 'gone')).toEqual({ a: 2, z: 1 });
    expect(normalizeBallot('nope', session)).toEqual({});
  });
});

describe('writing results onto cards', () => {
  it('sets each voter on each voted card, zeroes stale dots and skips no-ops', () => {
    const ballots = new Map<string, Ballot>([
      ['u1', { a: 2 }],
      ['u2', { b: 1 }],
    ]);
    const current: Record<string, Record<string, number>> = {
      a: { u1: 2 },
      b: { u2: 3, old: 4 },
      c: {},
    };
    const writes = votesToWrite(ballots, ['a', 'b', 'c'], (id) => current[id] ?? {});
    expect(writes).toEqual([{ cardId: 'b', voterId: 'u2', n: 1 }]);
    const stale = votesToWrite(ballots, ['a'], () => ({ u2: 5 }));
    expect(stale).toEqual([
      { cardId: 'a', voterId: 'u1', n: 2 },
      { cardId: 'a', voterId: 'u2', n: 0 },
    ]);
  });
});
