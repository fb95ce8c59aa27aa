/**
 * The insights view over many maps in headless Chromium, and GET /api/insights on a
 * relay holding the same maps (bench/insights.ts):
 *
 *  - view interactive: navigation to /insights → the first pain-point row is in the
 *    DOM (the maps read from IndexedDB, rows computed, table rendered); baseline in
 *    the same run: the same view on a device with no maps.
 *  - one filter change (warm): a tag chosen in the filter bar → the row count shown
 *    changed; baseline: the same change over no maps.
 *  - relay: GET /api/insights?kind=painPoints over every map, the first request
 *    (every room read and exported) against the next ones (the per-map cache).
 */
import type { Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../e2e/harness/browser';
import { startRelay } from '../../e2e/harness/relay';
import { main } from '../../src/cli/main';
import type { JourneyMap } from '../../src/model/types';
import { median } from './stats';

export interface InsightsBrowserFigures {
  readonly emptyInteractiveMs: number;
  readonly interactiveMs: number;
  readonly emptyFilterMs: number;
  readonly filterMs: number;
  readonly relayColdMs: number;
  readonly relayWarmMs: number;
}

async function timeView(page: Page, url: string, ready: string): Promise<number> {
  const t = Date.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 300_000 });
  return Date.now() - t;
}

/** ms from choosing a tag until the row count shown changed (both "" and "B2C" rounds). */
async function filterChange(page: Page, tag: string): Promise<number> {
  const count = page.locator('.jb-insights__bar [aria-live]');
  const before = await count.innerText();
  const t = Date.now();
  await page.getByLabel('Tag', { exact: true }).selectOption(tag);
  await page.waitForFunction(
    (prev) => document.querySelector('.jb-insights__bar [aria-live]')?.textContent !== prev,
    before,
    { timeout: 120_000, polling: 'raf' },
  );
  return Date.now() - t;
}

export async function measureInsightsBrowser(
  maps: readonly JourneyMap[],
  files: string,
  log: (l: string) => void,
  rounds: number,
): Promise<InsightsBrowserFigures> {
  const relay = await startRelay({ env: { DIST_DIR: `${process.cwd()}/dist` } });
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
    });
    const page = await context.newPage();
    // baseline: the view with no maps on the device
    const empty: number[] = [];
    await timeView(page, `${relay.url}/insights`, 'nav[aria-label="Views"]'); // warm-up: app cached
    for (let r = 0; r < rounds; r++)
      empty.push(await timeView(page, `${relay.url}/insights`, 'nav[aria-label="Views"]'));
    // the maps on this device
    await page.goto(`${relay.url}/`);
    await page.waitForFunction(() => !!window.__journeyboard?.createLocalMap);
    for (let i = 0; i < maps.length; i += 20) {
      await page.evaluate(
        async (text) => {
          for (const m of JSON.parse(text) as JourneyMap[])
            await window.__journeyboard!.createLocalMap(m);
        },
        JSON.stringify(maps.slice(i, i + 20)),
      );
    }
    log(`  ${maps.length} maps stored in the browser`);
    const full: number[] = [];
    const filter: number[] = [];
    for (let r = 0; r < rounds; r++) {
      full.push(await timeView(page, `${relay.url}/insights`, 'table .jb-insights__open'));
      filter.push(await filterChange(page, 'B2C'));
      filter.push(await filterChange(page, ''));
    }
    // the filter baseline: the same change on a device without maps (a fresh context)
    const emptyContext = await newContext(browser);
    const emptyPage = await emptyContext.newPage();
    await emptyPage.goto(`${relay.url}/insights`);
    await emptyPage.getByRole('navigation', { name: 'Views' }).waitFor();
    const emptyFilter: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      // no tags to choose without maps: the state filter is the same kind of change
      const t = Date.now();
      await emptyPage.getByLabel('State', { exact: true }).selectOption(r % 2 ? '' : 'current');
      await emptyPage.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok(null))));
      if (r > 0) emptyFilter.push(Date.now() - t); // the first change warms up
    }
    await emptyContext.close();
    await context.close();

    // the relay: the same maps pushed, then GET /api/insights cold and warm
    for (const m of maps) {
      const code = await main(
        [
          'push',
          `${files}/${m.id}.journey.json`,
          '--relay',
          relay.wsUrl,
          '--token',
          relay.adminToken,
        ],
        { stdout: () => {}, stderr: () => {}, cwd: files },
      );
      if (code !== 0) throw new Error(`push ${m.id} failed`);
    }
    log(`  ${maps.length} maps pushed to the relay`);
    const get = async () => {
      const t = performance.now();
      const res = await fetch(`${relay.url}/api/insights?kind=painPoints`, {
        headers: { Authorization: `Bearer ${relay.adminToken}` },
      });
      await res.arrayBuffer();
      return performance.now() - t;
    };
    const relayCold = await get();
    const warm: number[] = [];
    for (let r = 0; r < Math.max(5, rounds); r++) warm.push(await get());
    return {
      emptyInteractiveMs: median(empty),
      interactiveMs: median(full),
      emptyFilterMs: median(emptyFilter),
      filterMs: median(filter),
      relayColdMs: relayCold,
      relayWarmMs: median(warm),
    };
  } finally {
    await browser.close();
    await relay.dispose();
  }
}
