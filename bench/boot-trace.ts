/**
 * Where the boot phase of a cold open goes (issue 18; boot = navigation → the app
 * starts opening the map, `jb:open:start`), next to the floor page in the same run:
 * each round opens the floor page (bench/floor/) and the small map (29 cards, from an
 * edit link) in fresh browser contexts under a Chrome trace and reads it with
 * `lib/bootTrace.ts` — every script and style sheet (asked, headers, last byte, taken
 * by the main thread), V8's compile and evaluation of each module script, the main
 * thread's busy time by kind and its idle time until boot ends (for the floor page:
 * until its entry has been evaluated, which is where its first render starts), and
 * when the early socket opened. Medians over the rounds.
 *
 *   node --import tsx bench/boot-trace.ts [rounds]   (BENCH_DIST_DIR: a prebuilt app)
 *
 * `COMPILE=1` adds V8's compile category: the largest evaluation split into lazy
 * parsing/compiling and running (the category slows the page, so read its split, not
 * its times). Not part of `npm run bench`: a tool for reading traces, no goals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness/browser';
import { buildApp } from './bundle';
import { buildFloor } from './coldopen-browser';
import { summarizeBoot, type BootSummary } from './lib/bootTrace';
import { benchContext, timeToInteractive } from './lib/browserSteps';
import type { TraceEvent } from './lib/profile';
import { startOurs } from './lib/servers';
import { median } from './lib/stats';
import { editLinkUrl, pushMap, smallMap } from './lib/openMaps';

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8'];

function medianRecord(list: readonly Record<string, number | null>[]): Record<string, number> {
  const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(
    keys.map((k) => {
      const values = list.map((r) => r[k]).filter((v): v is number => typeof v === 'number');
      return [k, Math.round(median(values.length ? values : [0]))];
    }),
  );
}

function report(kind: string, runs: readonly BootSummary[], interactive: number[]): void {
  console.log(
    `\n== ${kind}: boot ends at ${Math.round(median(runs.map((r) => r.until)))} ms` +
      ` (interactive ${Math.round(median(interactive))} ms), medians of ${runs.length}`,
  );
  console.log(
    `   main thread until then: ${JSON.stringify(medianRecord(runs.map((r) => r.main)))}`,
  );
  const files = [...new Set(runs.flatMap((r) => r.resources.map((x) => x.file)))];
  for (const file of files) {
    const list = runs.flatMap((r) => r.resources.filter((x) => x.file === file));
    const m = medianRecord(list.map(({ file: _f, ...rest }) => rest));
    console.log(
      `   ${file.padEnd(44)} ${String(m.kb).padStart(4)} KB  asked ${m.asked}, headers ${m.headers}, loaded ${m.loaded}, taken ${m.taken}`,
    );
  }
  const scripts = [...new Set(runs.flatMap((r) => r.scripts.map((x) => x.file)))];
  for (const file of scripts) {
    const list = runs.flatMap((r) => r.scripts.filter((x) => x.file === file));
    const m = medianRecord(list.map(({ file: _f, ...rest }) => rest));
    console.log(
      `   ${file.padEnd(44)} compile at ${m.compileAt} (${m.compileMs} ms), evaluate at ${m.evaluateAt} (${m.evaluateMs} ms)`,
    );
  }
  const sockets = runs.flatMap((r) => (r.socket ? [r.socket] : []));
  if (sockets.length) console.log(`   early socket: ${JSON.stringify(medianRecord(sockets))}`);
  const inside = runs.filter((r) => Object.keys(r.insideEvaluate).length > 1);
  if (inside.length) {
    const m = Object.entries(medianRecord(inside.map((r) => r.insideEvaluate)))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
    console.log(`   inside the largest evaluation: ${m.map(([n, v]) => `${n} ${v}`).join(', ')}`);
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const categories =
    process.env.COMPILE === '1' ? [...CATEGORIES, 'disabled-by-default-v8.compile'] : CATEGORIES;
  const given = process.env.BENCH_DIST_DIR;
  const app = given ? null : buildApp(console.log);
  const dist = given ?? app!.dir;
  const tmp = mkdtempSync(join(tmpdir(), 'bench-boot-trace-'));
  await buildFloor(dist);
  const relay = await startOurs({ env: { DIST_DIR: dist } });
  const browser = await launchBrowser();
  try {
    const map = smallMap();
    await pushMap(relay, map, tmp);
    const pages = {
      floor: { url: `${relay.httpUrl}/floor/index.html`, mark: null },
      small: { url: await editLinkUrl(relay, map.id), mark: 'jb:open:start' },
    };
    const runs: Record<string, BootSummary[]> = { floor: [], small: [] };
    const interactive: Record<string, number[]> = { floor: [], small: [] };
    for (let r = 0; r < rounds; r++)
      for (const kind of r % 2 ? (['small', 'floor'] as const) : (['floor', 'small'] as const)) {
        const context = await benchContext(browser, 'Bench cold', { testHook: false });
        const page = await context.newPage();
        await browser.startTracing(page, { categories });
        const t = await timeToInteractive(page, () =>
          page.goto(pages[kind].url, { waitUntil: 'commit' }),
        );
        const parsed = JSON.parse((await browser.stopTracing()).toString()) as
          { traceEvents: TraceEvent[] } | TraceEvent[];
        const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
        runs[kind]!.push(summarizeBoot(events, pages[kind].mark));
        interactive[kind]!.push(t.interactive);
        await context.close();
      }
    for (const kind of ['floor', 'small']) report(kind, runs[kind]!, interactive[kind]!);
  } finally {
    await browser.close().catch(() => undefined);
    await relay.stop();
    rmSync(tmp, { recursive: true, force: true });
    app?.remove();
  }
}

void main();
