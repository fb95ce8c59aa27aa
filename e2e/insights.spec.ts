/**
 * The insights view in real Chromium against the real relay: maps from two
 * sources in one view — the team repository (a map opened here, so on both, and a
 * map only on the relay, never opened here) and this device (a map created here) —,
 * a source filter,
 * a drag in the impact × effort matrix, an action's status changed in place, an
 * owner team renamed across maps, and a row opening its map with the card selected.
 * Every change is checked after a reload, so it is in the stored map.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import type { JourneyMap } from '../src/model/types';
import { launchBrowser, newContext, watchErrors } from './harness/browser';
import { startRelay, type RelayProcess } from './harness/relay';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
const KFZ = 'kfz-versicherung-2026';
let relay: RelayProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

const fixture = (name: string) =>
  JSON.parse(readFileSync(`${FIXTURES}/${name}.journey.json`, 'utf8')) as JourneyMap;

/** A small English map whose touchpoint owner is spelled differently from the German map's. */
function serviceMap(): JourneyMap {
  const saas = fixture('saas-onboarding');
  return {
    ...saas,
    cards: saas.cards.map((c, i) => (i === 0 ? { ...c, ownerTeam: 'kunden-service' } : c)),
  };
}

/** A map only on the relay: the touchpoints of the SaaS map, one owner spelled "Kunden Service". */
function teamOnlyMap(): JourneyMap {
  const saas = fixture('saas-onboarding');
  const lanes = new Set(saas.lanes.filter((l) => l.type === 'touchpoints').map((l) => l.id));
  const cards = saas.cards.filter((c) => lanes.has(c.laneId));
  return {
    ...saas,
    id: 'team-only',
    title: 'Nur im Team',
    actions: [],
    cards: cards.map(({ links: _links, ...c }, i) =>
      i === 0 ? { ...c, ownerTeam: 'Kunden Service' } : c,
    ),
  };
}

async function relayRows<T>(kind: string): Promise<T[]> {
  const res = await fetch(`${relay.url}/api/insights?kind=${kind}`, {
    headers: { Authorization: `Bearer ${relay.adminToken}` },
  });
  return (await res.json()) as T[];
}

beforeAll(async () => {
  relay = await startRelay();
  const dir = mkdtempSync(join(tmpdir(), 'jb-insights-'));
  writeFileSync(join(dir, 'team-only.journey.json'), JSON.stringify(teamOnlyMap()));
  let pushErr = '';
  const pushed = await main(
    [
      'push',
      join(dir, 'team-only.journey.json'),
      '--relay',
      relay.wsUrl,
      '--token',
      relay.adminToken,
    ],
    { stdout: () => {}, stderr: (t) => (pushErr += t), cwd: dir },
  );
  if (pushed !== 0) throw new Error(pushErr);
  let err = '';
  const code = await main(
    [
      'push',
      `${FIXTURES}/kfz-versicherung.journey.json`,
      '--relay',
      relay.wsUrl,
      '--token',
      relay.adminToken,
    ],
    { stdout: () => {}, stderr: (t) => (err += t), cwd: FIXTURES },
  );
  if (code !== 0) throw new Error(err);
  browser = await launchBrowser();
  context = await newContext(browser);
  await context.addInitScript(() => {
    (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
  });
  page = await context.newPage();
  errors = watchErrors(page);
  // source 1: the relay's map, opened with the admin link (stored on this device as it syncs)
  await page.goto(`${relay.url}/map/${KFZ}?t=${relay.adminToken}`);
  await page.waitForFunction(
    (id) =>
      window.__journeyboard?.session?.mapId === id &&
      window.__journeyboard.session.store.getSnapshot().cards.size > 30,
    KFZ,
    { timeout: 30_000 },
  );
  // source 2: a map created on this device
  await page.evaluate(async (text) => {
    await window.__journeyboard!.createLocalMap(JSON.parse(text) as JourneyMap);
  }, JSON.stringify(serviceMap()));
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await relay?.dispose();
});

async function openInsights(): Promise<void> {
  await page.goto(`${relay.url}/`);
  await page.getByRole('link', { name: 'Insights across maps' }).click();
  await page.getByRole('heading', { name: 'Insights across maps' }).waitFor();
  await page.getByText('3 maps').waitFor();
}

async function tab(name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** The table cells of the row whose open button is `text`. */
async function rowCells(text: string): Promise<string[]> {
  const row = page.locator('tr', {
    has: page.getByRole('button', { name: `Open ${text} in its map` }),
  });
  return row.locator('td').allInnerTexts();
}

describe('insights view', () => {
  it('shows the maps of both sources once each, and filters by source', async () => {
    await openInsights();
    await tab('Touchpoints by owner team');
    const mapsShown = async () =>
      [...new Set(await page.locator('table tbody tr td:nth-child(7)').allInnerTexts())].sort();
    const where = page.getByLabel('Where');
    await where.selectOption('team');
    await expect.poll(mapsShown).toEqual(['Kfz-Versicherung online abschließen', 'Nur im Team']);
    await where.selectOption('device');
    await expect
      .poll(mapsShown)
      .toEqual(['Kfz-Versicherung online abschließen', fixture('saas-onboarding').title].sort());
    await where.selectOption('');
    await expect.poll(async () => (await mapsShown()).length).toBe(3);
    await tab('Pain points');
  });

  it('shows pain points of both maps, ranked by severity then votes', async () => {
    const buttons = page.locator('table .jb-insights__open');
    await expect.poll(() => buttons.count()).toBe(4);
    expect(await buttons.allInnerTexts()).toEqual([
      'Rückruf dauert bis zu 48 h',
      'Bedingungen nur als 40-seitiges PDF',
      'Upload bricht bei Dateien > 5 MB ab',
      expect.any(String),
    ]);
    const cells = await rowCells('Rückruf dauert bis zu 48 h');
    expect(cells.slice(1, 3)).toEqual(['5', '11']);
  });

  it('re-scores an opportunity by dragging its dot in the matrix', async () => {
    await tab('Opportunities');
    const dot = page.locator('[data-card-id="op1"] circle');
    const matrix = page.getByTestId('opportunity-matrix');
    const box = (await matrix.boundingBox())!;
    const from = (await dot.boundingBox())!;
    // the cell of impact 5, effort 1: top-left; the board is 28 + 5 × 64 + 28 units wide
    const unit = box.width / 376;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + (28 + 32) * unit, box.y + (28 + 40) * unit, { steps: 8 });
    await page.mouse.up();
    await page.getByText('Saved in map “Kfz-Versicherung online abschließen”.').waitFor();
    // a team map: the change went to the relay as an ordinary synced change
    await expect
      .poll(async () =>
        (await relayRows<{ cardId: string; impact: number; effort: number }>('opportunities'))
          .filter((r) => r.cardId === 'op1')
          .map((r) => [r.impact, r.effort]),
      )
      .toEqual([[5, 1]]);
    await expect
      .poll(() => rowCells('Bedingungen als interaktive Übersicht in einfacher Sprache'))
      .toEqual(expect.arrayContaining(['5', '1']));
    await openInsights();
    await tab('Opportunities');
    await page.getByRole('button', { name: /impact 5, effort 1/ }).waitFor();
  });

  it('changes an action’s status in place', async () => {
    await tab('Actions');
    const status = page.getByRole('combobox', { name: /^Status of “Upload-Limit/ });
    expect(await status.inputValue()).toBe('open');
    await status.selectOption('done');
    // the select follows the stored map: 'done' once the change is saved
    await expect.poll(() => status.inputValue()).toBe('done');
    await expect
      .poll(async () =>
        (await relayRows<{ title: string; status: string }>('actions'))
          .filter((r) => r.title.startsWith('Upload-Limit'))
          .map((r) => r.status),
      )
      .toEqual(['done']);
    await openInsights();
    await tab('Actions');
    expect(
      await page.getByRole('combobox', { name: /^Status of “Upload-Limit/ }).inputValue(),
    ).toBe('done');
  });

  it('renames an owner team across maps in one action', async () => {
    await tab('Owner teams');
    const group = page.locator('.jb-insights__group', { hasText: 'kunden-service' });
    await group.waitFor();
    await group.getByLabel('Rename all to').fill('Kundenservice');
    await group.getByRole('button', { name: 'Rename across maps' }).click();
    // the device's map and the team-only map (on the relay); the Kfz map says "Kundenservice" already
    await page.getByText('Renamed: 2 maps changed, one change each.').waitFor();
    await expect
      .poll(async () =>
        (await relayRows<{ mapId: string; ownerTeam: string | null }>('touchpoints'))
          .filter((r) => r.mapId === 'team-only')
          .map((r) => r.ownerTeam)
          .includes('Kundenservice'),
      )
      .toBe(true);
    await openInsights();
    await tab('Owner teams');
    await page.getByText('No similar owner-team names.').waitFor();
    const names = await page.locator('table tbody tr td:first-child').allInnerTexts();
    expect(names).toContain('Kundenservice');
    expect(names).not.toContain('kunden-service');
  });

  it('opens a row’s map with its card selected', async () => {
    await tab('Pain points');
    await page
      .getByRole('button', { name: 'Open Upload bricht bei Dateien > 5 MB ab in its map' })
      .click();
    await page
      .waitForFunction(
        () => window.__journeyboard?.ui.getState().selectedCardIds.includes('pp3') === true,
        undefined,
        { timeout: 20_000 },
      )
      .catch(async (err: unknown) => {
        const state = await page.evaluate(() => ({
          url: location.href,
          selected: window.__journeyboard?.ui.getState().selectedCardIds,
          session: window.__journeyboard?.session?.mapId,
          nodes: document.querySelectorAll('.react-flow__node').length,
        }));
        throw new Error(`${String(err)}\n${JSON.stringify(state)}`);
      });
    expect(page.url()).toBe(`${relay.url}/map/${KFZ}`);
    // in view: React Flow renders only the nodes in view, and this one is inside the window
    await page.waitForFunction(() => {
      const node = document.querySelector('.react-flow__node[data-id="pp3"]');
      const box = node?.getBoundingClientRect();
      return (
        !!box &&
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= innerHeight &&
        box.right <= innerWidth
      );
    });
    expect(errors).toEqual([]);
  });
});
