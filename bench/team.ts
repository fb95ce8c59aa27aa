/**
 * The team repository (issue 14):
 * - `GET /api/maps` with 1,000 maps on the relay: p50/p99 of the full answer and of the
 *   304 a polling home screen gets while nothing changed; also how long the relay took
 *   to build the catalog of 1,000 stored maps at start (no rows yet).
 * - the home screen with those 1,000 team maps to interactive in Chromium (a fresh
 *   profile opening the admin link: list shown with its count and the first row's link).
 * - fan-out p99 with catalog updates on vs off, in the same run, alternating rounds, on
 *   a room that holds a real map (the catalog derives it after the commits).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createMapDoc } from '../src/doc';
import { parseMapFile } from '../src/model/parseMapFile';
import type { JourneyMap } from '../src/model/types';
import { RoomStorage } from '../server/storage';
import { launchBrowser } from '../e2e/harness/browser';
import type { FanoutInput, FanoutOutput } from './fanout-clients';
import { figure, ROOT, type BenchOptions, type BenchResult, type Benchmark } from './lib/result';
import { startOurs, type OurRelay } from './lib/servers';
import { median, percentile, round } from './lib/stats';
import { runWorker } from './lib/worker';

function fixture(): JourneyMap {
  const text = readFileSync(join(ROOT, 'src/model/fixtures/kfz-versicherung.journey.json'), 'utf8');
  const parsed = parseMapFile(text);
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.map;
}

/** A DATA_DIR holding `count` stored maps (one compacted-style row each), no catalog yet. */
function seededDataDir(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'jb-bench-team-'));
  const storage = new RoomStorage(dir, { sync: 'normal' });
  const base = fixture();
  const rows = [];
  for (let i = 0; i < count; i++) {
    const map: JourneyMap = {
      ...base,
      id: `team-map-${String(i).padStart(4, '0')}`,
      title: `${base.title} #${i}`,
      tags: [`dept-${i % 12}`],
    };
    const doc = createMapDoc(map);
    rows.push({ room: map.id, data: Y.encodeStateAsUpdate(doc) });
    doc.destroy();
  }
  storage.appendBatch(rows);
  storage.close();
  return dir;
}

async function listCount(relay: OurRelay): Promise<number> {
  const res = await fetch(`${relay.httpUrl}/api/maps`, {
    headers: { Authorization: `Bearer ${relay.token}` },
  });
  return ((await res.json()) as { maps: unknown[] }).maps.length;
}

async function timeRequests(relay: OurRelay, n: number, etag: string | null): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const res = await fetch(`${relay.httpUrl}/api/maps`, {
      headers: {
        Authorization: `Bearer ${relay.token}`,
        ...(etag ? { 'If-None-Match': etag } : {}),
      },
    });
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

async function homeToInteractive(relay: OurRelay, count: number): Promise<number> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${relay.httpUrl}/?t=${encodeURIComponent(relay.token)}`);
    const countText = new RegExp(`^${count.toLocaleString('en-GB')} shown$|^${count} shown$`);
    await page.locator('.home-count').filter({ hasText: countText }).waitFor({ timeout: 60_000 });
    await page.locator('.home-maps > li a').first().waitFor({ timeout: 60_000 });
    const ms = await page.evaluate(() => performance.now());
    // virtualised: far fewer rows in the DOM than maps
    const inDom = await page.locator('.home-maps > li').count();
    if (count > 60 && inDom >= count)
      throw new Error(`list not virtualised: ${inDom} rows in the DOM`);
    await context.close();
    return ms;
  } finally {
    await browser.close();
  }
}

/** Writes the fixture map into `room` with a stock client (the catalog then has real work). */
async function seedRoom(relay: OurRelay, room: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(relay.providerUrl, room, doc, {
    params: { t: relay.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  createMapDoc({ ...fixture(), id: room }, doc);
  await new Promise((r) => setTimeout(r, 500));
  provider.destroy();
  doc.destroy();
}

async function fanoutRound(
  catalog: boolean,
  round: number,
  settings: Omit<FanoutInput, 'providerUrl' | 'token' | 'room'>,
  options: BenchOptions,
): Promise<FanoutOutput> {
  const relay = await startOurs({
    env: { RATE_LIMIT_BURST: '10000', CATALOG: catalog ? 'on' : 'off' },
  });
  try {
    const room = `team-fanout-${round}`;
    await seedRoom(relay, room);
    const result = await runWorker<FanoutOutput>(
      join(ROOT, 'bench/fanout-clients.ts'),
      {
        ...settings,
        providerUrl: relay.providerUrl,
        token: relay.token,
        room,
      } satisfies FanoutInput,
      { timeoutMs: 180_000, log: options.log },
    );
    options.log(
      `  round ${round + 1} catalog ${catalog ? 'on ' : 'off'} paced p50 ${result.paced.p50} ms p99 ${result.paced.p99} ms, burst ${result.burstMs === null ? 'n/a' : Math.round(result.burstMs)} ms`,
    );
    return result;
  } finally {
    await relay.stop();
  }
}

export const team: Benchmark = {
  name: 'team',
  title:
    'Team repository: GET /api/maps and the home screen with 1,000 maps; fan-out with the catalog on/off',
  async run(options) {
    const count = options.quick ? 50 : 1000;
    options.log(`  seeding ${count} stored maps…`);
    const dataDir = seededDataDir(count);
    const relay = await startOurs({ dataDir });
    // from "listening": the catalog is built in the background after that
    const startedAt = performance.now();
    let rebuildMs: number;
    let full: number[];
    let notModified: number[];
    let homeMs: number | null = null;
    try {
      while ((await listCount(relay)) < count) await new Promise((r) => setTimeout(r, 50));
      rebuildMs = performance.now() - startedAt;
      options.log(
        `  catalog of ${count} maps listed ${Math.round(rebuildMs)} ms after the relay listened`,
      );
      await timeRequests(relay, 20, null); // warm-up
      full = await timeRequests(relay, options.quick ? 50 : 300, null);
      const etag = (
        await fetch(`${relay.httpUrl}/api/maps`, {
          headers: { Authorization: `Bearer ${relay.token}` },
        })
      ).headers.get('etag');
      notModified = await timeRequests(relay, options.quick ? 50 : 300, etag);
      try {
        homeMs = await homeToInteractive(relay, count);
      } catch (err) {
        options.log(`  home screen: ${(err as Error).message.split('\n')[0]}`);
      }
    } finally {
      await relay.stop();
    }

    const settings = options.quick
      ? { readers: 5, edits: 50, rate: 50, burst: 200 }
      : { readers: 30, edits: 500, rate: 50, burst: 2000 };
    const rounds = options.quick ? 1 : 2;
    const on: FanoutOutput[] = [];
    const off: FanoutOutput[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? [true, false] : [false, true];
      for (const catalog of order) {
        try {
          (catalog ? on : off).push(await fanoutRound(catalog, r, settings, options));
        } catch (err) {
          // a relay that did not start on a loaded machine costs this round, not the run
          options.log(
            `  round ${r + 1} catalog ${catalog ? 'on' : 'off'} failed: ${(err as Error).message.split('\n')[0]}`,
          );
        }
      }
    }
    const p99 = (xs: FanoutOutput[]) =>
      median(xs.map((x) => x.paced.p99).filter((v): v is number => v !== null));
    const p50 = (xs: FanoutOutput[]) =>
      median(xs.map((x) => x.paced.p50).filter((v): v is number => v !== null));
    const result: BenchResult = {
      name: 'team',
      status: 'ok',
      figures: [
        figure(`GET /api/maps, ${count} maps, p50`, round(percentile(full, 50), 2), 'ms'),
        figure(`GET /api/maps, ${count} maps, p99`, round(percentile(full, 99), 2), 'ms', {
          text: '< 50 ms',
          ok: (v) => v < 50,
        }),
        figure('GET /api/maps unchanged (304), p50', round(percentile(notModified, 50), 2), 'ms'),
        figure('GET /api/maps unchanged (304), p99', round(percentile(notModified, 99), 2), 'ms'),
        figure(`catalog of ${count} stored maps built after start`, round(rebuildMs, 0), 'ms'),
        figure(
          `home screen with ${count} team maps to interactive`,
          homeMs === null ? null : round(homeMs, 0),
          'ms',
          {
            text: '< 2000 ms',
            ok: (v) => v < 2000,
          },
        ),
        figure('fan-out paced p50, catalog on', round(p50(on), 2), 'ms'),
        figure('fan-out paced p50, catalog off', round(p50(off), 2), 'ms'),
        figure('fan-out paced p99, catalog on', round(p99(on), 2), 'ms'),
        figure('fan-out paced p99, catalog off', round(p99(off), 2), 'ms'),
        figure('fan-out p99 ratio catalog on/off', round(p99(on) / p99(off), 2), '×', {
          text: '≤ 1.1×',
          ok: (v) => v <= 1.1,
        }),
      ],
      details: {
        count,
        fanoutSettings: { ...settings, rounds },
        full: { p50: percentile(full, 50), p90: percentile(full, 90), p99: percentile(full, 99) },
        notModified: { p50: percentile(notModified, 50), p99: percentile(notModified, 99) },
        fanoutOn: on.map((x) => x.paced),
        fanoutOff: off.map((x) => x.paced),
        method:
          'maps seeded straight into SQLite (kfz fixture, fresh ids), relay started without catalog rows; ' +
          'GET timings sequential from the bench process over loopback; home: fresh Chromium context, ' +
          'navigation start → "N shown" and the first row link present; fan-out: bench/fanout-clients.ts ' +
          'against a room seeded with the fixture map, CATALOG=on vs CATALOG=off, alternating rounds',
      },
    };
    return result;
  },
};
