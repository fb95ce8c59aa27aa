/**
 * Seeded convergence fuzz: peers edit concurrently over a lossy, reordering
 * network with partitions; at the end every export is identical, valid, and no
 * edit is lost unless that very thing was deleted. FUZZ_SEEDS sets how many
 * seeds run (default 100); a failing seed replays exactly with runSeed(seed).
 */
import { describe, expect, it } from 'vitest';
import { runSeed } from './testing/fuzz';

const SEEDS = Number.parseInt(process.env.FUZZ_SEEDS ?? '100', 10);
// about 60 ms of CPU per seed; generous, as CI machines are shared
const TIMEOUT = Math.max(600_000, SEEDS * 400);

function failures(from: number, count: number, withUndo: boolean): string[] {
  const out: string[] = [];
  for (let seed = from; seed < from + count; seed++) {
    const problems = runSeed(seed, { withUndo });
    if (problems.length > 0) out.push(`seed ${seed}: ${problems.slice(0, 3).join(' | ')}`);
  }
  return out;
}

describe('convergence fuzz', () => {
  it(
    `${SEEDS} seeds: peers converge, exports are valid, no edit is lost`,
    { timeout: TIMEOUT },
    () => {
      expect(failures(1, SEEDS, false)).toEqual([]);
    },
  );

  it(
    `${Math.ceil(SEEDS / 4)} seeds with undo/redo: peers converge and exports are valid`,
    { timeout: TIMEOUT },
    () => {
      expect(failures(100_001, Math.ceil(SEEDS / 4), true)).toEqual([]);
    },
  );
});
