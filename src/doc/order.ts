/**
 * Placing entities with fractional indices (keys come from model/ordering).
 * Lists are always sorted by (order, id), so two entities that got the same key
 * concurrently still sort the same way on every peer.
 */
import { compareOrdered, keyBetween, keysBetween } from '../model/ordering';
import type { Id } from '../model/types';

/** The shape of keys made by model/ordering. */
const VALID_KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

/** Anything placed by a fractional index. */
export interface Ordered {
  readonly id: Id;
  readonly order: string;
}

/** Sort in place by (order, id) and return the array. */
export function sortOrdered<T extends Ordered>(items: T[]): T[] {
  return items.sort(compareOrdered);
}

/**
 * The neighbours' keys around position `index` of a sorted list. When the two
 * neighbours share a key (concurrent inserts at one spot) nothing fits between
 * them, so the upper bound moves to the next strictly greater key.
 */
function bounds(all: readonly Ordered[], index: number): [string | null, string | null] {
  // Updates that arrive out of order can leave an entity's order briefly
  // missing (its delete came before its new value); such entries are no bounds.
  const i0 = Math.max(0, Math.min(Math.trunc(index), all.length));
  const sorted = all.filter((item) => VALID_KEY.test(item.order));
  const i = i0 - all.slice(0, i0).filter((item) => !VALID_KEY.test(item.order)).length;
  const prev = sorted[i - 1]?.order ?? null;
  let j = i;
  if (prev !== null) {
    while (j < sorted.length && (sorted[j]?.order ?? '') <= prev) j++;
  }
  return [prev, sorted[j]?.order ?? null];
}

/** One new key that sorts at position `index` of `sorted` (clamped; end when omitted). */
export function keyAt(sorted: readonly Ordered[], index: number | undefined): string {
  const [a, b] = bounds(sorted, index ?? sorted.length);
  return keyBetween(a, b);
}

/** `n` increasing keys that sort at position `index` of `sorted`. */
export function keysAt(sorted: readonly Ordered[], index: number | undefined, n: number): string[] {
  if (n <= 0) return [];
  const [a, b] = bounds(sorted, index ?? sorted.length);
  return keysBetween(a, b, n);
}

/** The digits of model/ordering's keys, in ascending code-unit order. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = BigInt(DIGITS.length);

/** The first `width` digits of a key as an integer (missing digits count as 0). */
function truncated(key: string, width: number): bigint {
  let value = 0n;
  for (let i = 0; i < width; i++)
    value = value * BASE + BigInt(Math.max(0, DIGITS.indexOf(key[i] ?? '0')));
  return value;
}

/** An integer of `width` digits as a key; trailing zeros dropped, which keeps its value and its place. */
function asKey(value: bigint, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = (DIGITS[Number(value % BASE)] ?? '0') + out;
    value /= BASE;
  }
  return out.replace(/0+$/, '');
}

/**
 * `n` increasing keys strictly between `a` and `b` (`null` = open end), spread
 * evenly over the gap with as few digits as fit: 2,000 cards get keys of two
 * digits. Appending one key after another (model/ordering's keysBetween with an
 * open end) gains a digit every ~60 keys, which made a fresh 2,000-card map
 * carry keys of up to 67 characters. No random suffix: one writer makes the
 * whole run, and two peers writing the same run (restoring the same version)
 * write the same keys, which merge; ties with other runs sort by id.
 */
export function spreadKeys(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return [];
  for (const key of [a, b])
    if (key !== null && !VALID_KEY.test(key)) throw new RangeError(`${key} is not an order key`);
  if (a !== null && b !== null && a >= b) throw new RangeError(`no keys fit between ${a} and ${b}`);
  for (let width = 1; ; width++) {
    const lo = a === null ? 0n : truncated(a, width);
    // above every key: BASE^width; below b: b itself if it has no more digits, else just above its prefix
    const hi =
      b === null ? BASE ** BigInt(width) : truncated(b, width) + (b.length > width ? 1n : 0n);
    const span = hi - lo;
    if (span <= BigInt(n)) continue;
    const steps = BigInt(n + 1);
    return Array.from({ length: n }, (_, i) => asKey(lo + (span * BigInt(i + 1)) / steps, width));
  }
}

/** `n` increasing keys for a fresh list (import). */
export function freshKeys(n: number): string[] {
  return spreadKeys(null, null, n);
}
