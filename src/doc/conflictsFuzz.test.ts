/**
 * Seeded offline-conflict fuzz (testing/conflictFuzz.ts): 3–5 peers with
 * partitions, reloads and random-order resyncs. Concurrent writes of one field
 * are reported as the same conflict with every side's value on every peer and
 * after a reload; sequential writes never are; a resolution on one peer is
 * resolved on all. CONFLICT_FUZZ_SEEDS sets the number of seeds (200 by default).
 *
 * Known open bug: seed 433 (of 0–999) reports a writer's earlier value as their side
 * after a reload in an open conflict (expected their latest). Run it with
 * CONFLICT_FUZZ_SEEDS=434; it is not yet fixed.
 */
import { describe, expect, it } from 'vitest';
import { runConflictSeed } from './testing/conflictFuzz';

const SEEDS = Number.parseInt(process.env.CONFLICT_FUZZ_SEEDS ?? '200', 10);

describe('offline conflicts across peers', () => {
  it(`${SEEDS} seeds: every peer reports exactly the concurrent writes, resolutions reach all`, () => {
    const failed: string[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const problems = runConflictSeed(seed);
      if (problems.length > 0) failed.push(`seed ${seed}: ${problems.slice(0, 3).join(' | ')}`);
    }
    expect(failed).toEqual([]);
  }, 600_000);
});
