/**
 * Cold opens of the same maps from two builds in the same minutes (issue 18): on a
 * shared, noisy machine a before/after pair of `coldopen-browser` runs minutes apart
 * compares the load more than the builds. Two relays, one per build, get the small
 * and the big map; each round opens every map from both, in a fresh browser context
 * from an edit link, the order turning each round; medians, after ÷ before and the
 * open phases (as in coldopen-browser). `PAN=1`: after each big-map open, 5 s of pan and
 * zoom (as in bigmap-browser), frame p95 per build.
 *
 *   BENCH_BASELINE_DIST_DIR=<before> BENCH_DIST_DIR=<after> node --import tsx bench/ab-open.ts [rounds]
 *
 * Not part of `npm run bench`: a tool for before/after pairs, no figures with goals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness/browser';
import { bigMap } from './fixtures/bigMap';
import {
  benchContext,
  framesDuring,
  openPhases,
  panAndZoom,
  timeToInteractive,
} from './lib/browserSteps';
import { startOurs } from './lib/servers';
import { median, percentile } from './lib/stats';
import { editLinkUrl, pushMap, smallMap } from './lib/openMaps';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 5);
  const dists = { before: process.env.BENCH_BASELINE_DIST_DIR, after: process.env.BENCH_DIST_DIR };
  if (!dists.before || !dists.after) throw new Error('BENCH_BASELINE_DIST_DIR and BENCH_DIST_DIR');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-ab-open-'));
  const maps = [smallMap(), bigMap({})];
  const relays = {
    before: await startOurs({ env: { DIST_DIR: dists.before } }),
    after: await startOurs({ env: { DIST_DIR: dists.after } }),
  };
  const browser = await launchBrowser();
  try {
    const urls: Record<string, string> = {};
    for (const [build, relay] of Object.entries(relays))
      for (const map of maps) {
        await pushMap(relay, map, tmp);
        urls[`${build} ${map.id}`] = await editLinkUrl(relay, map.id);
      }
    const keys = Object.keys(urls);
    const times = new Map<string, number[]>(keys.map((k) => [k, []]));
    const phases = new Map<string, Record<string, number>[]>(keys.map((k) => [k, []]));
    const frames = new Map<string, number[]>(keys.map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[(i + r) % keys.length]!;
        const context = await benchContext(browser, 'Bench cold', { testHook: false });
        const page = await context.newPage();
        const t = await timeToInteractive(page, () =>
          page.goto(urls[key]!, { waitUntil: 'commit' }),
        );
        times.get(key)!.push(t.interactive);
        const p = openPhases(t);
        if (p) phases.get(key)!.push(p);
        if (process.env.PAN === '1' && key.endsWith(maps[1]!.id))
          frames.get(key)!.push(...(await framesDuring(page, () => panAndZoom(page, 5))));
        await context.close();
      }
      console.log(
        `round ${r + 1}: ${keys.map((k) => `${k} ${Math.round(times.get(k)!.at(-1)!)}`).join(', ')}`,
      );
    }
    for (const map of maps) {
      const m = (b: string) => median(times.get(`${b} ${map.id}`)!);
      console.log(
        `${map.id}: before ${Math.round(m('before'))} ms, after ${Math.round(m('after'))} ms, after ÷ before ${(m('after') / m('before')).toFixed(2)}`,
      );
      for (const b of ['before', 'after']) {
        const list = phases.get(`${b} ${map.id}`)!;
        const names = Object.keys(list[0] ?? {});
        const med = names.map((n) => `${n} ${Math.round(median(list.map((p) => p[n] ?? 0)))}`);
        console.log(`  ${b} phases: ${med.join(', ')}`);
        const f = frames.get(`${b} ${map.id}`)!;
        if (f.length)
          console.log(
            `  ${b} pan/zoom: ${f.length} frames, p95 ${percentile(f, 95).toFixed(1)} ms`,
          );
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await relays.before.stop();
    await relays.after.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
