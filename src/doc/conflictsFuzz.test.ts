/**
 * Seeded offline-conflict fuzz (testing/conflictFuzz.ts): 3–5 peers with
 * partitions, reloads and random-order resyncs. Concurrent writes of one field
 * are reported as the same conflict with every side's value on every peer and
 * after a reload; sequential writes never are; a resolution on one peer is
 * resolved on all. FUZZ_SEEDS sets the number of seeds (CI: 1,000).
 */
import { describe, expect, it } from 'vitest';
import { runConflictSeed } from './testing/conflictFuzz';

const SEEDS = Number.parseInt(process.env.FUZZ_SEEDS ?? '60', 10);

describe('offline conflicts across peers', () => {
  it('seed 433: a write equal to the merged text is no edit (oracle regression)', () => {
    expect(runConflictSeed(433)).toEqual([]);
  });

  it(`${SEEDS} seeds: every peer reports exactly the concurrent writes, resolutions reach all`, () => {
    const failed: string[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const problems = runConflictSeed(seed);
      if (problems.length > 0) failed.push(`seed ${seed}: ${problems.slice(0, 3).join(' | ')}`);
    }
    expect(failed).toEqual([]);
  }, 600_000);
});
