/**
 * Offline conflicts in two real browsers on one real relay: Ana and Ben both lose
 * the network, edit the same pain point (Ana rewrites the text and sets severity 3,
 * Ben appends to it and sets severity 5), and reconnect. Both see the conflict on
 * the card with both names, and in the inspector each side's version; Ben takes
 * his severity, Ana sees it resolved with his value, and keeps the merged text,
 * which Ben then sees resolved too.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './harness/axe';
import { launchBrowser } from './harness/browser';
import { editLink, personContext, seedRoom } from './harness/field';
import { networkSwitch, type NetworkSwitch } from './harness/network';
import { startRelay, type RelayProcess } from './harness/relay';
import { closeStage } from './harness/stage';
import { smallMap } from '../src/doc/testing/fixtures';
import type { JourneyMap } from '../src/model/types';

const ORIGINAL = 'Foto-Upload bricht ab';
const REWRITTEN = 'Foto-Upload bricht bei schlechtem Netz ab';
const APPENDED = 'Foto-Upload bricht ab (v.a. Android)';

const map: JourneyMap = {
  ...smallMap(),
  id: 'conflict-map',
  cards: [
    ...smallMap().cards,
    { id: 'pp', laneId: 'pain', phaseId: 'p1', text: ORIGINAL, severity: 2 },
  ],
};

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Person {
  readonly page: Page;
  readonly net: NetworkSwitch;
}

async function open(name: string, userId: string, token: string): Promise<Person> {
  const context = await personContext(browser, name, userId);
  contexts.push(context);
  const net = await networkSwitch(context);
  const page = await context.newPage();
  await page.goto(`${relay.url}/map/${map.id}?t=${encodeURIComponent(token)}`);
  await page.waitForSelector('[data-card-id="pp"]', { timeout: 60_000 });
  // the inspector's code arrives just after the first paint: opened once here, it is in
  // before the network goes (a page offline sooner says the panel needs a connection)
  await select(page);
  return { page, net };
}

/** Selects the pain point, so the inspector shows it. */
async function select(page: Page): Promise<void> {
  await page.evaluate(() => window.__journeyboard!.ui.getState().selectCards(['pp']));
  await page.getByRole('heading', { name: 'Card', exact: true }).waitFor();
}

/** Writes the text in the inspector (saved while typing, committed on leaving) and the severity. */
async function edit(page: Page, text: string, severity: number): Promise<void> {
  await select(page);
  const field = page.getByRole('textbox', { name: 'Text', exact: true });
  await field.fill(text);
  await field.press('Tab');
  await page
    .getByRole('group', { name: 'Severity' })
    .getByRole('radio', { name: new RegExp(`^${severity}`) })
    .check();
}

const cardState = (page: Page) =>
  page.evaluate(() => {
    const card = window.__journeyboard!.session!.store.getSnapshot().cards.get('pp');
    return { text: card?.text, severity: card?.severity };
  });

const badge = (page: Page) => page.locator('[data-conflict-card="pp"]');
const region = (page: Page) => page.getByRole('region', { name: 'Changed while apart' });
const fieldBox = (page: Page, field: string) =>
  region(page).locator(`[data-conflict-field="${field}"]`);

beforeAll(async () => {
  relay = await startRelay();
  await seedRoom(relay, map);
  browser = await launchBrowser();
}, 120_000);

afterAll(() => closeStage(contexts, browser, relay));

describe('offline conflicts', () => {
  it('two people who edited one pain point offline both see the conflict and resolve it for all', async () => {
    const token = await editLink(relay, map.id);
    const ana = await open('Ana', 'user-ana', token);
    const ben = await open('Ben', 'user-ben', token);

    await ana.net.offline();
    await ben.net.offline();
    await edit(ana.page, REWRITTEN, 3);
    await edit(ben.page, APPENDED, 5);
    expect(await cardState(ana.page)).toEqual({ text: REWRITTEN, severity: 3 });
    expect(await cardState(ben.page)).toEqual({ text: APPENDED, severity: 5 });
    // apart, nobody sees a conflict yet
    expect(await badge(ana.page).count()).toBe(0);

    await ana.net.online();
    await ben.net.online();
    for (const { page } of [ana, ben]) {
      await expect.poll(() => badge(page).textContent(), { timeout: 30_000 }).toBe('⚠ Ana, Ben');
      await expect
        .poll(() =>
          page
            .getByRole('button', { name: '2 conflicts: card fields changed while apart' })
            .count(),
        )
        .toBe(1);
      const severity = fieldBox(page, 'severity');
      await expect.poll(() => severity.textContent()).toContain('Ana’s version3');
      expect(await severity.textContent()).toContain('Ben’s version5');
      const text = fieldBox(page, 'text');
      expect(await text.textContent()).toContain(`Ana’s version${REWRITTEN}`);
      expect(await text.textContent()).toContain(`Ben’s version${APPENDED}`);
    }
    // the who's-here avatars' names are another feature's (workshop), not checked here
    const violations = (await seriousA11yViolations(ana.page)).map((v) => ({
      ...v,
      targets: v.targets.filter((t) => t !== '.jb-ws-avatar-button'),
    }));
    expect(violations.filter((v) => v.targets.length > 0)).toEqual([]);
    // both converged on the same merge
    const merged = await cardState(ana.page);
    await expect.poll(() => cardState(ben.page)).toEqual(merged);

    await ben.page.getByRole('button', { name: 'Take Ben’s version of Severity' }).click();
    await expect.poll(() => fieldBox(ana.page, 'severity').count(), { timeout: 15_000 }).toBe(0);
    expect((await cardState(ana.page)).severity).toBe(5);

    await ana.page.getByRole('button', { name: 'Keep the merge: Text' }).click();
    for (const { page } of [ana, ben]) {
      await expect.poll(() => badge(page).count(), { timeout: 15_000 }).toBe(0);
      expect(await region(page).count()).toBe(0);
      expect(await cardState(page)).toEqual({ text: merged.text, severity: 5 });
    }
  }, 180_000);
});
