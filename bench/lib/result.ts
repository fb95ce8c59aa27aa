/**
 * The shape every benchmark returns, and how run.ts stores it: one JSON file per
 * benchmark in bench/results/<name>.json, plus a line per figure in the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = join(ROOT, 'bench/results');

/** One headline number compared with its goal. */
export interface Figure {
  readonly label: string;
  readonly value: number | null;
  readonly unit: string;
  /** human text, e.g. "< 20 ms" */
  readonly goal?: string;
  /** null when there is no goal or no value */
  readonly met?: boolean | null;
}

export interface BenchResult {
  readonly name: string;
  /** "ok", "skipped: <reason>" or "failed: <reason>" */
  readonly status: string;
  readonly figures: readonly Figure[];
  /** everything else worth keeping: raw percentiles, per-round figures, settings */
  readonly details: Record<string, unknown>;
}

export interface BenchOptions {
  /** tiny sizes, for the smoke test and a quick look */
  readonly quick: boolean;
  /** progress lines; run.ts prints them, the smoke test drops them */
  readonly log: (line: string) => void;
}

export interface Benchmark {
  readonly name: string;
  readonly title: string;
  run(options: BenchOptions): Promise<BenchResult>;
}

/** Builds a figure and decides `met` from a comparison with the goal value. */
export function figure(
  label: string,
  value: number | null,
  unit: string,
  goal?: { text: string; ok: (v: number) => boolean },
): Figure {
  if (!goal) return { label, value, unit };
  return { label, value, unit, goal: goal.text, met: value === null ? null : goal.ok(value) };
}

/** What the machine was doing, so a reader can judge how noisy the figures are. */
export function machineInfo(): Record<string, unknown> {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** Writes bench/results/<name>.json (quick runs go to <name>.quick.json, never over real ones). */
export function writeResult(result: BenchResult, quick: boolean): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${result.name}${quick ? '.quick' : ''}.json`);
  const body = {
    benchmark: result.name,
    date: new Date().toISOString(),
    quick,
    machine: machineInfo(),
    status: result.status,
    figures: result.figures,
    details: result.details,
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

export function skipped(
  name: string,
  reason: string,
  details: Record<string, unknown> = {},
): BenchResult {
  return { name, status: `skipped: ${reason}`, figures: [], details };
}
