/**
 * `npm run bench`: runs every benchmark in turn, prints its figures, writes
 * bench/results/<name>.json and ends with one summary table (figure, goal, met?).
 *
 *   npm run bench                      all of them (minutes)
 *   npm run bench -- docsize coldload  only these
 *   BENCH_QUICK=1 npm run bench        tiny sizes, a smoke run (results go to *.quick.json)
 *
 * A benchmark whose piece is missing reports "skipped: <reason>"; one that throws
 * reports "failed: <message>"; neither stops the others. Exit code 1 only when a
 * benchmark failed (a missed goal is a finding, not an error).
 */
import { benchmarks } from './all';
import { machineInfo, writeResult, type BenchResult } from './lib/result';

const quick = process.env.BENCH_QUICK === '1';
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = only.filter((n) => !benchmarks.some((b) => b.name === n));
if (unknown.length) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const chosen = only.length ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;

console.log(
  `Journeyboard benchmarks${quick ? ' (BENCH_QUICK: tiny sizes)' : ''} — ${JSON.stringify(machineInfo())}`,
);
const results: BenchResult[] = [];
for (const bench of chosen) {
  console.log(`\n== ${bench.name}: ${bench.title}`);
  const started = performance.now();
  let result: BenchResult;
  try {
    result = await bench.run({ quick, log: (line) => console.log(line) });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    console.log(String(err instanceof Error ? err.stack : err));
    result = { name: bench.name, status: `failed: ${message}`, figures: [], details: {} };
  }
  for (const f of result.figures)
    console.log(
      `  ${f.label}: ${f.value ?? 'n/a'} ${f.unit}${f.goal ? ` (goal ${f.goal}: ${verdict(f.met)})` : ''}`,
    );
  if (result.status !== 'ok') console.log(`  status: ${result.status}`);
  const file = writeResult(result, quick);
  console.log(`  -> ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  results.push(result);
}

function verdict(met: boolean | null | undefined): string {
  return met === true ? 'met' : met === false ? 'NOT met' : '–';
}

console.log('\nSummary');
const rows: string[][] = [['benchmark', 'figure', 'value', 'goal', 'met?']];
for (const r of results) {
  if (r.status !== 'ok') rows.push([r.name, r.status, '', '', '']);
  for (const f of r.figures)
    rows.push([
      r.name,
      f.label,
      `${f.value ?? 'n/a'} ${f.unit}`.trim(),
      f.goal ?? '',
      f.goal ? verdict(f.met) : '',
    ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const [i, row] of rows.entries()) {
  console.log(
    row
      .map((cell, k) => cell.padEnd(widths[k]!))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
process.exit(results.some((r) => r.status.startsWith('failed')) ? 1 : 0);
