import { describe, expect, it } from 'vitest';
import { estimateOffset } from './clockSync';
import {
  extendTimer,
  formatRemaining,
  isFinished,
  parseTimer,
  pauseTimer,
  remaining,
  resumeTimer,
  startTimer,
} from './timer';

/** A client whose clock is `skew` ms off the relay's; `relayNow` = what it computes after sync. */
function client(skew: number, rtt: number) {
  let relayTime = 1_700_000_000_000;
  const local = () => relayTime + skew;
  // three clock samples with growing delays, answer stamped at the midpoint
  const samples = [rtt, rtt * 3, rtt * 2].map((trip) => {
    const sentAt = local();
    relayTime += trip / 2;
    const relayNow = relayTime;
    relayTime += trip / 2;
    return { sentAt, relayNow, receivedAt: local() };
  });
  const estimate = estimateOffset(samples);
  if (!estimate) throw new Error('no estimate');
  return {
    advance(ms: number) {
      relayTime += ms;
    },
    relayNow: () => local() + estimate.offsetMs,
    get relayTruth() {
      return relayTime;
    },
  };
}

describe('timer arithmetic with skewed clocks', () => {
  it('shows the same time left on clients whose clocks differ by minutes', () => {
    const fast = client(+3 * 60_000, 40);
    const slow = client(-97_531, 10);
    // the facilitator (fast clock) starts 5 minutes
    const timer = startTimer(5 * 60_000, fast.relayNow());
    fast.advance(61_000);
    slow.advance(fast.relayTruth - slow.relayTruth);
    const a = remaining(timer, fast.relayNow());
    const b = remaining(timer, slow.relayNow());
    expect(Math.abs(a - b)).toBeLessThan(1000);
    expect(a).toBeGreaterThan(5 * 60_000 - 61_000 - 1000);
    expect(a).toBeLessThan(5 * 60_000 - 61_000 + 1000);
    // without the offset the slow client would be off by its skew
    expect(Math.abs(remaining(timer, slow.relayNow() - 97_531) - a)).toBeGreaterThan(60_000);
  });

  it('pauses, resumes, extends and finishes', () => {
    let t = startTimer(60_000, 1000);
    expect(remaining(t, 31_000)).toBe(30_000);
    t = pauseTimer(t, 31_000);
    expect(remaining(t, 999_999)).toBe(30_000);
    expect(pauseTimer(t, 50_000)).toBe(t);
    t = resumeTimer(t, 100_000);
    expect(remaining(t, 110_000)).toBe(20_000);
    t = extendTimer(t, 60_000, 110_000);
    expect(remaining(t, 110_000)).toBe(80_000);
    expect(isFinished(t, 189_999)).toBe(false);
    expect(isFinished(t, 190_000)).toBe(true);
    expect(remaining(t, 500_000)).toBe(0);
    // extending after the end counts again from now
    t = extendTimer(t, 30_000, 500_000);
    expect(remaining(t, 500_000)).toBe(30_000);
  });

  it('refuses silly durations and reads only well-formed states', () => {
    expect(() => startTimer(0, 0)).toThrow(RangeError);
    expect(() => startTimer(5 * 3600_000, 0)).toThrow(RangeError);
    expect(parseTimer({ status: 'running', endsAt: 5, durationMs: 10 })).toEqual({
      status: 'running',
      endsAt: 5,
      durationMs: 10,
    });
    expect(parseTimer({ status: 'running', durationMs: 10 })).toBeNull();
    expect(parseTimer({ status: 'paused', remainingMs: -1, durationMs: 10 })).toBeNull();
    expect(parseTimer(null)).toBeNull();
  });

  it('formats time left rounding up', () => {
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(65_000)).toBe('1:05');
    expect(formatRemaining(3_600_000 + 61_000)).toBe('1:01:01');
  });
});

describe('clock offset estimate', () => {
  it('ignores the slow, asymmetric samples and bad ones', () => {
    const samples = [
      { sentAt: 0, receivedAt: 20, relayNow: 5010 }, // offset 5000, rtt 20
      { sentAt: 100, receivedAt: 1100, relayNow: 5400 }, // delayed answer, rtt 1000
      { sentAt: 200, receivedAt: 220, relayNow: 5212 }, // offset 5002
      { sentAt: 300, receivedAt: 290, relayNow: 1 }, // negative rtt: dropped
    ];
    const est = estimateOffset(samples);
    expect(est?.samples).toBe(3);
    expect(est?.rttMs).toBe(20);
    expect(est?.offsetMs).toBeGreaterThanOrEqual(5000);
    expect(est?.offsetMs).toBeLessThanOrEqual(5002);
    expect(estimateOffset([])).toBeNull();
  });
});
