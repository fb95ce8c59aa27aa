/**
 * Where a cold open of the small and the big map spends its time (issue 18), phase by
 * phase: each map is opened from an edit link in a fresh browser context under the V8
 * sampling profiler, and the samples are split at the app's `jb:open:*` marks and the
 * interactive probe (content = connection → ready, render = ready → interactive).
 * Prints the top functions by self time per phase, mapped back to sources.
 *
 *   node --import tsx bench/profile-open.ts [rounds]   (BENCH_DIST_DIR: a prebuilt app)
 *
 * Not part of `npm run bench`: a tool for reading profiles, no figures with goals.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness/browser';
import { buildApp } from './bundle';
import { benchContext, openPhases, timeToInteractive } from './lib/browserSteps';
import { topTraceEvents, withSources, type CpuProfile, type HotFunction } from './lib/profile';
import { startOurs } from './lib/servers';
import { editLinkUrl, pushOpenMaps } from './lib/openMaps';

/** Self time (ms) per function of the samples taken between `from` and `to` (ms after navigation). */
function window(profile: CpuProfile, navStartUs: number, from: number, to: number) {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; selfMs: number }>();
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    const at = (t - navStartUs) / 1000;
    if (at < from || at >= to) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(samples[i]!)!.callFrame;
    const fn = functionName || '(anonymous)';
    const where = url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const e = self.get(`${fn}@${where}`) ?? { fn, where, selfMs: 0 };
    e.selfMs += ms;
    self.set(`${fn}@${where}`, e);
  }
  const total = [...self.values()].reduce((s, e) => s + e.selfMs, 0);
  const top: HotFunction[] = [...self.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 25)
    .map((e) => ({
      ...e,
      selfMs: Math.round(e.selfMs),
      percent: Math.round((e.selfMs / total) * 100),
    }));
  return { total: Math.round(total), top };
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 1);
  const given = process.env.BENCH_DIST_DIR;
  const app = given ? null : buildApp(console.log);
  const dist = given ?? app!.dir;
  const tmp = mkdtempSync(join(tmpdir(), 'bench-profile-open-'));
  // a folder per run: engineers sharing the machine profile at the same time
  const profiles = mkdtempSync(join(tmpdir(), 'open-profiles-'));
  console.log(`profiles in ${profiles}`);
  const relay = await startOurs({ env: { DIST_DIR: dist } });
  const browser = await launchBrowser();
  try {
    const maps = await pushOpenMaps(relay, tmp);
    for (let r = 0; r < rounds; r++)
      for (const map of maps) {
        const url = await editLinkUrl(relay, map.id);
        const context = await benchContext(browser, 'Bench cold', { testHook: false });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        // TRACE=1: a Chrome trace instead (the browser's own work: layout, style, paint, compile)
        const tracing = process.env.TRACE === '1';
        if (tracing)
          await browser.startTracing(page, {
            categories: [
              'devtools.timeline',
              'v8.execute',
              'blink',
              'disabled-by-default-devtools.timeline',
            ],
          });
        const t = await timeToInteractive(page, () => page.goto(url, { waitUntil: 'commit' }));
        // AFTER_MS=<ms>: keep profiling the first seconds after the open (span "after")
        const afterMs = Number(process.env.AFTER_MS ?? 0);
        if (afterMs > 0) await new Promise((done) => setTimeout(done, afterMs));
        const trace = tracing
          ? (JSON.parse((await browser.stopTracing()).toString()) as {
              traceEvents: { ts: number; ph: string }[];
            })
          : null;
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        const { metrics } = await cdp.send('Performance.getMetrics');
        const navStart = metrics.find((m) => m.name === 'NavigationStart')!.value * 1e6;
        const file = join(profiles, `open-${map.id}-${r}.cpuprofile`);
        writeFileSync(
          file,
          JSON.stringify({
            ...profile,
            __navStart: navStart,
            __marks: t.marks,
            __interactive: t.interactive,
          }),
        );
        if (process.env.DOM === '1')
          console.log(
            'DOM',
            await page.evaluate(() => {
              const count = new Map<string, number>();
              for (const el of document.querySelectorAll('*')) {
                const key = `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')}`;
                count.set(key, (count.get(key) ?? 0) + 1);
              }
              const all = document.querySelectorAll('*').length;
              return { all, top: [...count].sort((a, b) => b[1] - a[1]).slice(0, 25) };
            }),
          );
        const p = openPhases(t);
        console.log(`\n== ${map.id} round ${r + 1}: ${Math.round(t.interactive)} ms`, p, t.marks);
        const m = t.marks;
        const spans: (readonly [string, number, number])[] = [
          ['boot', 0, m.start!],
          ['load+connect', m.start!, m.connection!],
          ['content', m.connection!, m.ready!],
          // render, split where the probe first saw a card shown (rAF) and where that frame was painted
          ['render: ready → card shown', m.ready!, t.nodes],
          ['render: card shown → painted', t.nodes, t.interactive],
          ...(afterMs > 0 ? [['after', t.interactive, t.interactive + afterMs] as const] : []),
        ];
        for (const [name, from, to] of spans) {
          if (trace) {
            const inside = trace.traceEvents.filter(
              (e) =>
                e.ph === 'M' || ((e.ts - navStart) / 1000 >= from && (e.ts - navStart) / 1000 < to),
            );
            const events = topTraceEvents(inside as Parameters<typeof topTraceEvents>[0], 14);
            console.log(
              `-- ${name} trace: ${events.map((e) => `${e.event} ${e.selfMs}`).join(', ')}`,
            );
            continue;
          }
          const w = window(profile, navStart, from, to);
          console.log(`-- ${name} (${Math.round(to - from)} ms wall, ${w.total} ms sampled)`);
          for (const h of await withSources(w.top, join(dist, 'assets')))
            console.log(
              `   ${String(h.selfMs).padStart(5)} ms ${h.fn} ${h.source ?? h.where}`.slice(0, 200),
            );
        }
        await context.close();
      }
  } finally {
    await browser.close().catch(() => undefined);
    await relay.stop();
    rmSync(tmp, { recursive: true, force: true });
    if (!given) console.log(`build kept in ${dist} (BENCH_DIST_DIR); rm -rf it when done`);
  }
}

void main();
