import { describe, expect, it } from 'vitest';
import { keyBetween } from '../model/ordering';
import { freshKeys, spreadKeys } from './order';
import { planOrders } from './planorder';
import { createRng } from './testing/prng';

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Strictly increasing, each a key model/ordering accepts as a bound. */
function expectKeysBetween(keys: string[], a: string | null, b: string | null): void {
  const all = [a, ...keys, b];
  for (let i = 1; i < all.length; i++) {
    const lo = all[i - 1] ?? null;
    const hi = all[i] ?? null;
    if (lo !== null && hi !== null) expect(lo < hi, `${lo} < ${hi}`).toBe(true);
    // throws for a malformed key or an empty gap
    keyBetween(lo, hi);
  }
}

describe('spread order keys', () => {
  it('a fresh list of 2,000 gets keys of two digits', () => {
    const keys = freshKeys(2000);
    expectKeysBetween(keys, null, null);
    expect(Math.max(...keys.map((k) => k.length))).toBe(2);
    expect(freshKeys(2000)).toEqual(keys);
    expect(freshKeys(0)).toEqual([]);
  });

  it('fits between any two keys, also when one is a prefix of the other or the gap is one digit', () => {
    const cases: [string | null, string | null, number][] = [
      ['V', 'V1', 5],
      ['A1', 'A2', 100],
      ['zz', null, 300],
      [null, '01', 3],
      ['0001', '00011', 2],
      ['Vabc', 'W', 1],
    ];
    for (const [a, b, n] of cases) expectKeysBetween(spreadKeys(a, b, n), a, b);
    const rng = createRng(7);
    const randomKey = (): string => {
      const body = Array.from({ length: rng.int(6) }, () => DIGITS[rng.int(62)]).join('');
      return body + (DIGITS[1 + rng.int(61)] ?? '1');
    };
    for (let i = 0; i < 500; i++) {
      const [a, b] = [randomKey(), randomKey()].sort();
      if (a === undefined || b === undefined || a === b) continue;
      expectKeysBetween(spreadKeys(a, b, 1 + rng.int(50)), a, b);
    }
  });

  it('refuses bounds that are no keys or leave no gap', () => {
    expect(() => spreadKeys('B', 'A', 1)).toThrow(RangeError);
    expect(() => spreadKeys('A0', null, 1)).toThrow(RangeError);
  });

  it('cards appended to a list by an import stay short instead of growing a digit every ~60', () => {
    const current = new Map(freshKeys(10).map((key, i) => [`old${i}`, key]));
    const wanted = [...current.keys(), ...Array.from({ length: 1000 }, (_, i) => `new${i}`)];
    const writes = planOrders(wanted, current);
    expect(writes.size).toBe(1000);
    const keys = wanted.map((id) => writes.get(id) ?? current.get(id) ?? '');
    expectKeysBetween(keys, null, null);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(3);
  });
});
