/**
 * Insights across 300 maps × 100 cards: the rows of every kind in process (what
 * the insights view computes on a filter change, warm) and a cold
 * `journey report <folder> --kind painPoints` child process over the same maps
 * written as files; then the insights view in headless Chromium over the same maps
 * on the device, and GET /api/insights on a relay holding them (lib/insightsBrowser.ts),
 * each against a baseline measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filterMaps, filterRows, REPORT_KINDS, reportRows } from '../src/model/insights';
import { standardTemplate } from '../src/model/templates';
import type { Card, JourneyMap } from '../src/model/types';
import { measureInsightsBrowser, type InsightsBrowserFigures } from './lib/insightsBrowser';
import { figure, ROOT, type Benchmark } from './lib/result';
import { median } from './lib/stats';

/** A map of `cards` cards spread over its cells, with links, KPIs and actions. */
function benchMap(i: number, cards: number): JourneyMap {
  const base = standardTemplate(i % 2 ? 'de' : 'en', { title: `Journey ${i}`, id: `bench-${i}` });
  const out: Card[] = [];
  for (let c = 0; c < cards; c++) {
    const lane = base.lanes[c % base.lanes.length]!;
    const phase = base.phases[c % base.phases.length]!;
    const card: Record<string, unknown> = {
      id: `c${c}`,
      laneId: lane.id,
      phaseId: phase.id,
      text: `Card ${c} of map ${i}`,
    };
    if (lane.type === 'touchpoints')
      Object.assign(card, {
        channel: 'web',
        ownerTeam: ['Kundenservice', 'Kunden-Service', 'Vertrieb Privatkunden', 'Mobile Apps'][
          c % 4
        ],
      });
    if (lane.type === 'emotions') card.score = (c % 7) - 3;
    if (lane.type === 'painPoints')
      Object.assign(card, { severity: (c % 5) + 1, votes: c % 9, links: [`c${c - 8}`] });
    if (lane.type === 'opportunities')
      Object.assign(card, { impact: (c % 5) + 1, effort: ((c + 2) % 5) + 1, links: [`c${c - 1}`] });
    if (lane.type === 'kpis')
      card.kpi = {
        direction: 'higherIsBetter',
        baseline: { value: 10, date: '2026-01-01' },
        target: { value: 50 },
        measurements: [{ value: 10 + (c % 40), date: '2026-06-01' }],
      };
    out.push(card as unknown as Card);
  }
  return {
    ...base,
    tags: [i % 3 ? 'B2C' : 'B2B'],
    cards: out,
    actions: [
      {
        id: 'a1',
        title: 'Fix it',
        status: 'open',
        due: '2026-03-01',
        ownerTeam: 'Kundenservice',
        cardIds: ['c8'],
      },
    ],
  };
}

export const insights: Benchmark = {
  name: 'insights',
  title: 'Insights across 300 maps × 100 cards (rows in process, journey report over a folder)',
  async run({ quick, log }) {
    const count = quick ? 10 : 300;
    const maps = Array.from({ length: count }, (_, i) => benchMap(i, 100));
    const rounds = quick ? 2 : 7;
    const all: number[] = [];
    const filtered: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let t = performance.now();
      for (const kind of REPORT_KINDS) reportRows(kind, maps);
      all.push(performance.now() - t);
      t = performance.now();
      filterRows(reportRows('painPoints', filterMaps(maps, { tags: ['B2C'] })), {
        ownerTeam: 'Mobile Apps',
      });
      filtered.push(performance.now() - t);
    }
    const dir = mkdtempSync(join(tmpdir(), 'jb-bench-insights-'));
    const cold: number[] = [];
    let b: InsightsBrowserFigures;
    try {
      for (const m of maps) writeFileSync(join(dir, `${m.id}.journey.json`), JSON.stringify(m));
      for (let r = 0; r < (quick ? 1 : 3); r++) {
        const t = performance.now();
        execFileSync(
          process.execPath,
          [join(ROOT, 'bin/journey.mjs'), 'report', dir, '--kind', 'painPoints', '--csv'],
          { stdio: 'ignore' },
        );
        cold.push(performance.now() - t);
      }
      b = await measureInsightsBrowser(maps, dir, log, quick ? 1 : 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const ratio = (a: number, base: number) => Math.round((a / Math.max(base, 1)) * 10) / 10;
    log(
      `  browser: view interactive ${b.interactiveMs} ms (empty view ${b.emptyInteractiveMs} ms), ` +
        `filter change ${b.filterMs} ms (empty ${b.emptyFilterMs} ms); relay GET /api/insights ` +
        `first ${b.relayColdMs.toFixed(0)} ms, then ${b.relayWarmMs.toFixed(1)} ms`,
    );
    log(
      `  ${count} maps: all kinds ${median(all).toFixed(0)} ms, one filter change ${median(filtered).toFixed(0)} ms, cold report ${median(cold).toFixed(0)} ms`,
    );
    return {
      name: 'insights',
      status: 'ok',
      figures: [
        figure(`rows of all six kinds, ${count} maps (median)`, Math.round(median(all)), 'ms'),
        figure(
          `one filter change (tag + owner team, pain points), ${count} maps`,
          Math.round(median(filtered)),
          'ms',
          { text: '< 100 ms', ok: (v) => v < 100 },
        ),
        figure(
          `cold journey report over a folder of ${count} maps`,
          Math.round(median(cold)),
          'ms',
          { text: '< 5 s', ok: (v) => v < 5000 },
        ),
        figure(
          `browser: insights view interactive, ${count} maps on the device`,
          b.interactiveMs,
          'ms',
        ),
        figure(
          'browser: view interactive ÷ the empty view (same run)',
          ratio(b.interactiveMs, b.emptyInteractiveMs),
          '×',
        ),
        figure(`browser: one filter change (tag), warm, ${count} maps`, b.filterMs, 'ms', {
          text: '< 200 ms',
          ok: (v) => v < 200,
        }),
        figure(
          'browser: filter change ÷ the same change over no maps (same run)',
          ratio(b.filterMs, b.emptyFilterMs),
          '×',
        ),
        figure(
          `relay: GET /api/insights?kind=painPoints, ${count} maps, first request`,
          Math.round(b.relayColdMs),
          'ms',
        ),
        figure(
          'relay: next requests (per-map cache) ÷ the first',
          Math.round((b.relayWarmMs / Math.max(b.relayColdMs, 1)) * 1000) / 1000,
          '×',
          { text: '< 0.1', ok: (v) => v < 0.1 },
        ),
      ],
      details: {
        maps: count,
        cardsPerMap: 100,
        allMs: all,
        filterMs: filtered,
        coldMs: cold,
        browser: b,
      },
    };
  },
};
