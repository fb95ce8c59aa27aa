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

/** `n` increasing keys for a fresh list (import). */
export function freshKeys(n: number): string[] {
  return n > 0 ? keysBetween(null, null, n) : [];
}
