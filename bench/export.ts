/**
 * Benchmark 6 — PDF export: runs the export helper's bench/export-pdf.ts (which
 * writes bench/results/export.json itself) in a child process and carries its
 * figures into the summary. Skipped when that script is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figure, ROOT, skipped, type Benchmark } from './lib/result';
import { median } from './lib/stats';
import { runWorker } from './lib/worker';

interface Cold {
  medianMs: number;
  medianCpuMs: number;
}

interface ExportReport {
  inProcess: Record<string, { medianMs: number; cpuMs?: number[]; pages: number; bytes: number }>;
  coldProcessA4Ms: number;
  coldProcessA4CpuMs?: number;
  cold?: { tsx: Cold };
  baselines?: { nodeStart: Cold; validate: Cold };
  goalMs: number;
}

export const exportPdf: Benchmark = {
  name: 'export-pdf',
  title: 'PDF export of the big map (bench/export-pdf.ts)',
  async run({ quick, log }) {
    const script = join(ROOT, 'bench/export-pdf.ts');
    if (!existsSync(script)) return skipped('export-pdf', 'bench/export-pdf.ts is not there');
    if (quick) return skipped('export-pdf', 'takes tens of seconds; not part of the quick run');
    // the script prints figures and writes its own JSON; it ends without a RESULT line
    await runWorker<unknown>(script, {}, { timeoutMs: 600_000, log: (l) => log(`  ${l}`) }).catch(
      (err: Error) => {
        if (!/no result/.test(err.message) || !/exited with 0/.test(err.message)) throw err;
      },
    );
    const report = JSON.parse(
      readFileSync(join(ROOT, 'bench/results/export.json'), 'utf8'),
    ) as ExportReport;
    const goal = { text: `< ${report.goalMs} ms`, ok: (v: number) => v < report.goalMs };
    return {
      name: 'export-pdf',
      status: 'ok',
      figures: [
        ...Object.entries(report.inProcess).flatMap(([page, r]) => [
          figure(`PDF ${page}, big map (in process, median wall)`, r.medianMs, 'ms', goal),
          // CPU time (all threads) is context, not the goal: it barely moves with the machine's load
          ...(r.cpuMs?.length
            ? [
                figure(
                  `PDF ${page}, big map (in process, median CPU)`,
                  Math.round(median(r.cpuMs)),
                  'ms',
                ),
              ]
            : []),
        ]),
        figure('journey export --pdf, cold process (A4, wall)', report.coldProcessA4Ms, 'ms', goal),
        ...(report.coldProcessA4CpuMs !== undefined
          ? [
              figure(
                'journey export --pdf, cold process (A4, CPU)',
                report.coldProcessA4CpuMs,
                'ms',
              ),
            ]
          : []),
        // context: the tsx fallback the bundle replaces, and what any start costs
        ...(report.cold
          ? [
              figure(
                'journey export --pdf, cold, tsx fallback (A4, wall)',
                report.cold.tsx.medianMs,
                'ms',
              ),
            ]
          : []),
        ...(report.baselines
          ? [
              figure('baseline: node -e 0 (wall)', report.baselines.nodeStart.medianMs, 'ms'),
              figure(
                'baseline: journey validate, cold (wall)',
                report.baselines.validate.medianMs,
                'ms',
              ),
            ]
          : []),
      ],
      details: { source: 'bench/results/export.json (written by bench/export-pdf.ts)', report },
    };
  },
};
