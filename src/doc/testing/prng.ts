/** A small seeded PRNG (sfc32) so every fuzz run is reproducible from its seed. */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [0, n) */
  int(n: number): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** a random element (undefined for an empty list) */
  pick<T>(items: readonly T[]): T | undefined;
}

/** An sfc32 generator seeded from one integer (splitmix32 spreads the seed). */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => (items.length === 0 ? undefined : items[Math.floor(next() * items.length)]),
  };
}

/**
 * Route `crypto.getRandomValues` (used by newId and order-key jitter) through a
 * seeded generator, so a failing seed replays exactly. Returns the undo.
 */
export function seedCryptoRandom(rng: Rng): () => void {
  const original = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
  const fake = <T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) {
      for (let i = 0; i < array.length; i++) array[i] = rng.int(256);
      return array;
    }
    return original(array as never) as T;
  };
  Object.defineProperty(globalThis.crypto, 'getRandomValues', {
    value: fake,
    configurable: true,
    writable: true,
  });
  return () => {
    Object.defineProperty(globalThis.crypto, 'getRandomValues', {
      value: original,
      configurable: true,
      writable: true,
    });
  };
}
