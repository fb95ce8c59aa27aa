import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('runs at most 10 times a second however often it is called, ending with the latest value', () => {
    const seen: number[] = [];
    const t = throttle((v: number) => seen.push(v), 100);
    // 60 Hz pointer moves for 2 seconds
    for (let i = 0; i < 120; i++) {
      t(i);
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(200);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(119);
    expect(seen.length).toBeLessThanOrEqual(21);
    expect(seen.length).toBeGreaterThanOrEqual(19);
    // never two runs closer than the interval
    const times: number[] = [];
    const t2 = throttle(() => times.push(Date.now()), 100);
    for (let i = 0; i < 50; i++) {
      t2();
      vi.advanceTimersByTime(7);
    }
    vi.advanceTimersByTime(200);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(100);
  });

  it('runs a lone call at once, and flush/cancel handle the pending one', () => {
    const seen: string[] = [];
    const t = throttle((v: string) => seen.push(v), 100);
    t('a');
    expect(seen).toEqual(['a']);
    t('b');
    t('c');
    expect(seen).toEqual(['a']);
    t.flush();
    expect(seen).toEqual(['a', 'c']);
    t('d');
    t.cancel();
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['a', 'c']);
    t('e');
    expect(seen).toEqual(['a', 'c', 'e']);
  });
});
