/**
 * Fractional indexing of our own. Items (phases, lanes, cards in a cell) carry
 * an `order` key; moving an item writes one new key instead of moving it in a
 * Y.Array, where concurrent moves would duplicate it.
 *
 * A key is a base-62 fraction: "V" is 0.V, keys compare as plain strings
 * (code-unit order, never locale order). Keys never end in the smallest digit
 * "0", so there is always room below and between them. Each new key gets a
 * short random suffix, so two peers inserting at the same spot at the same
 * time almost never produce the same key; remaining ties sort by id.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const JITTER_DIGITS = 3;
const VALID_KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

function digit(key: string, i: number): number {
  // index is known to be in range and the key validated
  return DIGITS.indexOf(key[i] ?? '0');
}

function randomDigits(n: number): string {
  const bytes = new Uint8Array(n);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  bytes.forEach((b, i) => {
    // the last digit must not be "0"; modulo bias is irrelevant for jitter
    out += i === n - 1 ? DIGITS[1 + (b % (BASE - 1))] : DIGITS[b % BASE];
  });
  return out;
}

function assertKey(key: string, name: string): void {
  if (!VALID_KEY.test(key)) {
    throw new RangeError(`${name} ${JSON.stringify(key)} is not an order key`);
  }
}

/**
 * The deterministic part of a key strictly between `a` and `b`. Appends step up
 * by one digit and prepends down by one (not halfway), so a list that grows at
 * one end gains a character only every ~60 inserts.
 */
function between(a: string | null, b: string | null): string {
  const lower = a ?? '';
  let upperOpen = b === null;
  let out = '';
  for (let i = 0; ; i++) {
    const lo = i < lower.length ? digit(lower, i) : 0;
    const hi = upperOpen || b === null ? BASE : i < b.length ? digit(b, i) : 0;
    if (hi - lo > 1) {
      let pick: number;
      if (a === null && b === null) pick = Math.floor(BASE / 2);
      else if (b === null) pick = lo + 1;
      else if (a === null) pick = hi - 1;
      else pick = Math.floor((lo + hi) / 2);
      return out + DIGITS[pick];
    }
    // lo === hi: shared prefix; hi === lo + 1: keep lo, and below b's next digit
    // anything goes, so the upper bound is open from here on
    if (hi !== lo) upperOpen = true;
    out += DIGITS[lo];
  }
}

/**
 * A new order key strictly between `a` and `b` (`null` = open end): `keyBetween(null, null)`
 * for the first item, `keyBetween(last, null)` to append. Throws RangeError
 * when `a >= b` or a key is malformed; callers resolve equal keys by re-keying.
 */
export function keyBetween(a: string | null, b: string | null): string {
  if (a !== null) assertKey(a, 'lower key');
  if (b !== null) assertKey(b, 'upper key');
  if (a !== null && b !== null && a >= b) {
    throw new RangeError(
      `lower key ${JSON.stringify(a)} is not below upper key ${JSON.stringify(b)}`,
    );
  }
  // the base ends in a digit strictly inside its bounds, so no suffix can cross b
  return between(a, b) + randomDigits(JITTER_DIGITS);
}

/**
 * `n` ascending keys strictly between `a` and `b`. Open ends grow outward one
 * step at a time (short keys); a closed gap is split by bisection (balanced keys).
 */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`cannot make ${n} keys`);
  if (n === 0) return [];
  if (b === null) {
    const keys: string[] = [];
    let last = a;
    for (let i = 0; i < n; i++) keys.push((last = keyBetween(last, null)));
    return keys;
  }
  if (a === null) {
    const keys: string[] = [];
    let first: string = b;
    for (let i = 0; i < n; i++) keys.push((first = keyBetween(null, first)));
    return keys.reverse();
  }
  const mid = Math.floor(n / 2);
  const key = keyBetween(a, b);
  return [...keysBetween(a, key, mid), key, ...keysBetween(key, b, n - mid - 1)];
}

/** Plain code-unit comparison; `localeCompare` would differ between machines. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort comparator for ordered items: by `order`, ties (concurrent inserts) by `id`. */
export function compareOrdered(
  a: { readonly order: string; readonly id: string },
  b: { readonly order: string; readonly id: string },
): number {
  return compareStrings(a.order, b.order) || compareStrings(a.id, b.id);
}
