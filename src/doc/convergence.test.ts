/**
 * Seeded convergence fuzz: peers edit concurrently over a lossy, reordering
 * network with partitions; at the end every export is identical, valid, and no
 * edit is lost unless that very thing was deleted. Seeds start from both sample
 * maps. FUZZ_SEEDS sets how many seeds run (default 100); a failing seed replays
 * exactly with runSeed(seed).
 *
 * Refusals (DocError) are part of the game, but they are counted: every op must
 * really run in most of its attempts, and be attempted at all, or the fuzz would
 * quietly test less and less.
 */
import { describe, expect, it } from 'vitest';
import { runSeed } from './testing/fuzz';
import { makeOps, type OpStats } from './testing/fuzzOps';

const SEEDS = Number.parseInt(process.env.FUZZ_SEEDS ?? '100', 10);
// about 60 ms of CPU per seed; generous, as CI machines are shared
const TIMEOUT = Math.max(600_000, SEEDS * 400);

/** Share of attempts (calls that reached a command) that must not be refused. */
const MIN_SUCCESS = 0.9;
/** Every op must reach its command at least this often per seed on average. */
const MIN_ATTEMPTS_PER_SEED = 0.1;

function failures(from: number, count: number, withUndo: boolean, stats: OpStats): string[] {
  const out: string[] = [];
  for (let seed = from; seed < from + count; seed++) {
    const problems = runSeed(seed, { withUndo, stats });
    if (problems.length > 0) out.push(`seed ${seed}: ${problems.slice(0, 3).join(' | ')}`);
  }
  return out;
}

/** Ops that ran too rarely or were refused too often, as readable lines. */
function degraded(stats: OpStats, seeds: number, withUndo: boolean): string[] {
  const out: string[] = [];
  for (const { name } of makeOps(withUndo)) {
    const { ok = 0, refused = 0 } = stats.get(name) ?? {};
    const attempts = ok + refused;
    if (attempts < Math.max(1, seeds * MIN_ATTEMPTS_PER_SEED))
      out.push(`${name}: only ${attempts} attempts in ${seeds} seeds`);
    else if (ok / attempts < MIN_SUCCESS)
      out.push(`${name}: ${refused} of ${attempts} attempts refused`);
  }
  return out;
}

describe('convergence fuzz', () => {
  it(
    `${SEEDS} seeds: peers converge, exports are valid, no edit is lost`,
    { timeout: TIMEOUT },
    () => {
      const stats: OpStats = new Map();
      expect(failures(1, SEEDS, false, stats)).toEqual([]);
      expect(degraded(stats, SEEDS, false)).toEqual([]);
    },
  );

  it(
    `${Math.ceil(SEEDS / 4)} seeds with undo/redo: peers converge and exports are valid`,
    { timeout: TIMEOUT },
    () => {
      const stats: OpStats = new Map();
      const seeds = Math.ceil(SEEDS / 4);
      expect(failures(100_001, seeds, true, stats)).toEqual([]);
      expect(degraded(stats, seeds, true)).toEqual([]);
    },
  );

  it('the success floor catches an op that is always refused', () => {
    const stats: OpStats = new Map([['addCard', { ok: 1, refused: 30, skipped: 0 }]]);
    expect(degraded(stats, 10, false)).toContain('addCard: 30 of 31 attempts refused');
    expect(degraded(stats, 10, false)).toContain('typeText: only 0 attempts in 10 seeds');
  });
});
