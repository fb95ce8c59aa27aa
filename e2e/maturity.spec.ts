/**
 * A maturity-check rating round with two people in two browser contexts (own
 * IndexedDB each) on one real relay: Fiona (facilitator, English UI) creates the
 * check from the home screen, Bob (German UI) finds it on his home screen among the
 * team repository's checks. Both rate "Metrics" alone and cannot see each other's rating; Fiona reveals, both see the
 * ratings and the spread, Fiona sets the agreed level, and the radar on both pages
 * shows it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isMaturityDoc } from '../src/doc';
import { seriousA11yViolations } from './harness/axe';
import { launchBrowser, watchErrors } from './harness/browser';
import { personContext } from './harness/field';
import { startRelay, type RelayProcess } from './harness/relay';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];
let fiona: Page;
let bob: Page;
let checkId = '';

async function person(name: string, userId: string, locale: string): Promise<Page> {
  const context = await personContext(browser, name, userId, locale);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page));
  return page;
}

/** Resolves once the relay holds the check: a stock y-websocket client reads the room. */
async function relayHasCheck(id: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${relay.wsUrl}/sync`, id, doc, {
    params: { t: relay.adminToken },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await expect.poll(() => isMaturityDoc(doc), { timeout: 20_000 }).toBe(true);
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

const metrics = (page: Page) => page.locator('section[data-aspect="metrics"]');
const radarLevels = (page: Page) =>
  page.locator('.maturity-radar__agreed').getAttribute('data-levels');

beforeAll(async () => {
  relay = await startRelay();
  browser = await launchBrowser();
  fiona = await person('Fiona', 'user-fiona', 'en-GB');
  bob = await person('Bob', 'user-bob', 'de-DE');
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await relay?.dispose();
});

describe('maturity check rating round', () => {
  it('the facilitator creates a check from the home screen; the second person finds it on the home screen', async () => {
    await fiona.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    await fiona.getByRole('button', { name: 'New maturity check' }).click();
    await fiona.getByRole('heading', { level: 1, name: /^Maturity check: / }).waitFor();
    checkId = /\/maturity\/([\w-]+)$/.exec(new URL(fiona.url()).pathname)?.[1] ?? '';
    expect(checkId).not.toBe('');
    await relayHasCheck(checkId);

    // Bob finds the check on his home screen: the team repository lists it (kind maturity)
    await bob.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    const teamCheck = bob
      .getByRole('region', { name: 'Reifegrad-Checks' })
      .getByRole('listitem')
      .filter({ hasText: 'aus dem Team-Repository' })
      .getByRole('link');
    await expect.poll(() => teamCheck.getAttribute('href')).toBe(`/maturity/${checkId}`);
    await teamCheck.click();
    await bob.getByRole('heading', { level: 1, name: /^Reifegrad-Check: / }).waitFor();
    // the facilitator reveals; a participant gets no reveal button
    expect(await metrics(fiona).getByRole('button', { name: 'Reveal ratings' }).count()).toBe(1);
    expect(await bob.getByRole('button', { name: 'Bewertungen aufdecken' }).count()).toBe(0);
  });

  it('both rate alone: each sees that two have rated, neither sees the other rating', async () => {
    await metrics(fiona).getByRole('radio', { name: /^1 – / }).check();
    await metrics(bob).getByRole('radio', { name: /^3 – / }).check();
    await expect
      .poll(() => metrics(fiona).getByText('2 people have rated').count(), { timeout: 15_000 })
      .toBe(1);
    await expect
      .poll(() => metrics(bob).getByText('2 Personen haben bewertet').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await metrics(fiona).getByRole('list', { name: 'Ratings of Metrics' }).count()).toBe(0);
    expect(await metrics(bob).getByRole('list', { name: 'Bewertungen zu Metriken' }).count()).toBe(
      0,
    );
    expect(await metrics(fiona).getByText('Bob: 3').count()).toBe(0);
    // each keeps their own choice
    expect(await metrics(fiona).getByRole('radio', { name: /^1 – / }).isChecked()).toBe(true);
    expect(await metrics(bob).getByRole('radio', { name: /^3 – / }).isChecked()).toBe(true);
  });

  it('the facilitator reveals: both see both ratings and the spread', async () => {
    await metrics(fiona).getByRole('button', { name: 'Reveal ratings' }).click();
    const fionaList = metrics(fiona).getByRole('list', { name: 'Ratings of Metrics' });
    const bobList = metrics(bob).getByRole('list', { name: 'Bewertungen zu Metriken' });
    await expect
      .poll(() => fionaList.getByRole('listitem').allInnerTexts())
      .toEqual(['Fiona: 1', 'Bob: 3']);
    await expect
      .poll(() => bobList.getByRole('listitem').allInnerTexts(), { timeout: 15_000 })
      .toEqual(['Fiona: 1', 'Bob: 3']);
    expect(await metrics(fiona).getByText('Spread: 2 levels').count()).toBe(1);
    await expect.poll(() => metrics(bob).getByText('Streuung: 2 Stufen').count()).toBe(1);
  });

  it('the facilitator sets the agreed level; the radar shows it on both pages', async () => {
    expect(await radarLevels(fiona)).toBe('-,-,-,-,-,-,-,-,-');
    await metrics(fiona).getByLabel('Agreed level').selectOption('2');
    await expect
      .poll(() => metrics(bob).getByText('Vereinbart: 2 – Strukturierte Nutzung').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    // metrics is the ninth axis
    await expect.poll(() => radarLevels(fiona)).toBe('-,-,-,-,-,-,-,-,2');
    await expect.poll(() => radarLevels(bob)).toBe('-,-,-,-,-,-,-,-,2');
    const row = (page: Page) => page.locator('.maturity-table tr[data-aspect="metrics"]');
    expect(await row(fiona).innerText()).toContain('2 – Structured use');
    expect(await row(bob).innerText()).toContain('2 – Strukturierte Nutzung');
    await expect.poll(() => bob.getByText(/Gesamtstufe: Im Ausbau/).count()).toBe(1);
  });

  it('the screen has no serious accessibility violations (axe), in English and German', async () => {
    expect(await seriousA11yViolations(fiona)).toEqual([]);
    expect(await seriousA11yViolations(bob)).toEqual([]);
  });

  it('no page errors', () => {
    for (const list of errors) expect(list).toEqual([]);
  });

  it('offline: with the relay gone, a reload opens the check from this device', async () => {
    await relay.stop();
    await bob.reload();
    await bob.getByRole('heading', { level: 1, name: /^Reifegrad-Check: / }).waitFor();
    await expect.poll(() => radarLevels(bob)).toBe('-,-,-,-,-,-,-,-,2');
    expect(await metrics(bob).getByRole('radio', { name: /^3 – / }).isChecked()).toBe(true);
  });
});
