/**
 * Cold open from a link (issue 18): a fresh browser profile opens a small map (29
 * cards) from an edit share link, against the floor page — one React Flow node with
 * the app's React and React Flow versions and nothing else (bench/floor/), built in
 * the same run and served by the same relay — and against the big map (2,000 cards).
 * Navigation → interactive as in bigmap-browser (a card node visible and focusable,
 * the frame showing it painted; page clock). Rounds alternate the three pages, each
 * in a new context (empty HTTP cache, IndexedDB and service worker); figures are
 * medians over rounds, and the ratios are the figures that count on a shared machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser';
import { buildApp, type AppBuild } from './bundle';
import { bigMap } from './fixtures/bigMap';
import { writeFloorHtml } from './floor/page';
import { benchContext, openPhases, timeToInteractive } from './lib/browserSteps';
import { figure, ROOT, skipped, type Benchmark } from './lib/result';
import { startOurs } from './lib/servers';
import { median, round } from './lib/stats';
import { editLinkUrl, pushMap, smallMap } from './lib/openMaps';

/**
 * Builds the floor page into `<dist>/floor/` (served at /floor/ by the relay), with the
 * same compressed copies as the app's build: the relay sends both pages alike.
 */
export async function buildFloor(dist: string): Promise<void> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { compressPlugin } = await import('../src/app/compressPlugin');
  writeFloorHtml(ROOT);
  await build({
    configFile: false,
    root: join(ROOT, 'bench/floor'),
    base: '/floor/',
    logLevel: 'warn',
    plugins: [react(), compressPlugin()],
    build: { outDir: join(dist, 'floor'), emptyOutDir: true },
  });
}

type Kind = 'floor' | 'small' | 'big';

export const coldopenBrowser: Benchmark = {
  name: 'coldopen-browser',
  title: 'Cold open from a link: small map vs the floor page vs the big map',
  async run({ quick, log }) {
    const given = process.env.BENCH_DIST_DIR;
    const app: AppBuild | null = given ? null : buildApp(log);
    const dist = given ?? app!.dir;
    const tmp = mkdtempSync(join(tmpdir(), 'bench-coldopen-'));
    let relay: Awaited<ReturnType<typeof startOurs>> | null = null;
    let browser: Browser | null = null;
    try {
      await buildFloor(dist);
      relay = await startOurs({ env: { DIST_DIR: dist } });
      const small = smallMap();
      const big = bigMap(quick ? { phases: 8, cards: 200 } : {});
      try {
        for (const map of [small, big]) await pushMap(relay, map, tmp);
      } catch (err) {
        return skipped('coldopen-browser', (err as Error).message);
      }
      // an edit share link for each map, as a user gets it
      const urls: Record<Kind, string> = {
        floor: `${relay.httpUrl}/floor/index.html`,
        small: await editLinkUrl(relay, small.id),
        big: await editLinkUrl(relay, big.id),
      };
      browser = await launchBrowser();
      const times: Record<Kind, number[]> = { floor: [], small: [], big: [] };
      const phases: Record<Kind, Record<string, number>[]> = { floor: [], small: [], big: [] };
      const kinds: Kind[] = ['floor', 'small', 'big'];
      const rounds = quick ? 1 : 7;
      for (let r = 0; r < rounds; r++) {
        // the order turns each round, so no page always runs first or after the big map
        for (let k = 0; k < kinds.length; k++) {
          const kind = kinds[(k + r) % kinds.length]!;
          // as a user opens it: no test hook (its chunks would load before the first render)
          const context = await benchContext(browser, 'Bench cold', { testHook: false });
          const page = await context.newPage();
          const t = await timeToInteractive(page, () =>
            page.goto(urls[kind], { waitUntil: 'commit' }),
          );
          times[kind].push(t.interactive);
          const p = openPhases(t);
          if (p) phases[kind].push(p);
          await context.close();
        }
        log(
          `  round ${r + 1}: ${kinds.map((k) => `${k} ${Math.round(times[k].at(-1)!)} ms`).join(', ')}`,
        );
      }
      const m = (k: Kind) => round(median(times[k]), 0)!;
      const ratio = (a: Kind, b: Kind) => round(median(times[a]) / median(times[b]), 2)!;
      log(
        `  medians: floor ${m('floor')} ms, small ${m('small')} ms (${ratio('small', 'floor')}×), big ${m('big')} ms (${ratio('big', 'small')}× small)`,
      );
      log(`  small map, median phases: ${JSON.stringify(medianOf(phases.small))}`);
      log(`  big map, median phases: ${JSON.stringify(medianOf(phases.big))}`);
      const atMost = (limit: number) => ({ text: `≤ ${limit}×`, ok: (v: number) => v <= limit });
      return {
        name: 'coldopen-browser',
        status: 'ok',
        figures: [
          figure('cold open: floor page (one React Flow node)', m('floor'), 'ms'),
          figure('cold open: small map (29 cards) from an edit link', m('small'), 'ms'),
          figure('cold open: small map ÷ floor page', ratio('small', 'floor'), '×', atMost(1.5)),
          figure('cold open: big map (2,000 cards)', m('big'), 'ms', {
            text: '< 1000 ms',
            ok: (v) => v < 1000,
          }),
          figure('cold open: big map ÷ small map', ratio('big', 'small'), '×', atMost(1.2)),
        ],
        details: {
          rounds,
          msPerRound: times,
          medianPhases: {
            small: medianOf(phases.small),
            big: medianOf(phases.big),
          },
          note:
            'fresh browser context per open (empty cache, IndexedDB, no service worker, no test hook); headless Chromium, ' +
            '--disable-gpu; phases as in bigmap-browser (boot, load, connect, content, render).',
        },
      };
    } finally {
      await browser?.close().catch(() => undefined);
      await relay?.stop();
      rmSync(tmp, { recursive: true, force: true });
      app?.remove();
    }
  },
};

function medianOf(list: readonly Record<string, number>[]): Record<string, number> | null {
  if (!list.length) return null;
  const keys = Object.keys(list[0]!).filter((k) => list.every((p) => p[k] !== undefined));
  return Object.fromEntries(keys.map((k) => [k, median(list.map((p) => p[k]!))]));
}
