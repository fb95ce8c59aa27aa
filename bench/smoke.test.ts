/**
 * Keeps the benchmarks from rotting: the cheap ones run in their quick mode and
 * must produce sane figures. No timing assertions — a busy machine must not fail
 * this; the figures themselves are checked only for shape and consistency.
 */
import { describe, expect, it } from 'vitest';
import { coldload } from './coldload';
import { docsize } from './docsize';
import type { BenchResult } from './lib/result';

const quiet = { quick: true, log: () => {} };

function value(result: BenchResult, label: RegExp): number {
  const f = result.figures.find((x) => label.test(x.label));
  if (!f || f.value === null)
    throw new Error(`no figure ${label} in ${JSON.stringify(result.figures)}`);
  return f.value;
}

describe('benchmarks (quick mode)', () => {
  it('docsize compares Y.Doc and JSON bytes, before and after seeded edits', async () => {
    const result = await docsize.run(quiet);
    expect(result.status).toBe('ok');
    const details = result.details as {
      fresh: { ydoc: number; json: number };
      edited: { ydoc: number; json: number };
      edits: { applied: number };
    };
    expect(details.edits.applied).toBeGreaterThan(400);
    // edits only ever add history to a Y.Doc
    expect(details.edited.ydoc).toBeGreaterThan(details.fresh.ydoc);
    expect(value(result, /fresh/)).toBeCloseTo(details.fresh.ydoc / details.fresh.json, 2);
    for (const f of result.figures) expect(f.met).not.toBeNull();
  });

  it('coldload syncs a stored room through a restarted relay and reports baselines', async () => {
    const result = await coldload.run(quiet);
    expect(result.status).toBe('ok');
    expect(value(result, /^cold load/)).toBeGreaterThan(0);
    expect(value(result, /SQLite alone/)).toBeGreaterThan(0);
    expect((result.details as { roomBytes: number }).roomBytes).toBeGreaterThan(200_000);
  }, 60_000);
});
