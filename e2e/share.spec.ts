/**
 * Comment links and the list of share links in real Chromium against the real relay:
 * the facilitator makes a comment link and an edit link (both listed), revokes the edit
 * link alone; a stakeholder opens the comment link, gets a board without editing, and
 * adds a comment that reaches the facilitator.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './harness/browser';
import { personContext } from './harness/field';
import { startRelay, type RelayProcess } from './harness/relay';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const TITLE = 'Stakeholder review';

async function person(name: string, userId: string): Promise<Page> {
  const context = await personContext(browser, name, userId);
  contexts.push(context);
  return context.newPage();
}

type Hook = {
  session: { doc: unknown; store: { getSnapshot(): unknown } } | null;
  commands: {
    snapshotToMap(s: unknown): {
      lanes: { id: string }[];
      phases: { id: string }[];
      cards: { comments?: { author: string; text: string }[] }[];
    };
    addCard(doc: unknown, card: { laneId: string; phaseId: string; text: string }): string;
  };
};

/** Adds one card to the first cell of the open map (as the facilitator). */
function addCard(page: Page, text: string): Promise<string> {
  return page.evaluate((t) => {
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    const s = hook.session!;
    const map = hook.commands.snapshotToMap(s.store.getSnapshot());
    return hook.commands.addCard(s.doc, {
      laneId: map.lanes[0]!.id,
      phaseId: map.phases[0]!.id,
      text: t,
    });
  }, text);
}

/** Every comment of the open map, as "author: text". */
function comments(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    if (!hook.session) return [];
    const map = hook.commands.snapshotToMap(hook.session.store.getSnapshot());
    return map.cards.flatMap((c) => (c.comments ?? []).map((x) => `${x.author}: ${x.text}`));
  });
}

beforeAll(async () => {
  relay = await startRelay();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await relay?.dispose();
});

describe('share links and comment links', () => {
  it('lists links, revokes one, and a commenter comments without editing', async () => {
    const fac = await person('Fiona', 'user-fiona');
    const facErrors = watchErrors(fac);
    await fac.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    const form = fac.getByRole('form', { name: 'New map' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Template').selectOption('standard:en');
    await form.getByRole('button', { name: 'Create' }).click();
    await fac.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => fac.getByRole('status', { name: 'Sync status' }).textContent(), {
        timeout: 15_000,
      })
      .toContain('Synced');
    const cardId = await addCard(fac, 'Sign-up form');

    await fac.getByRole('button', { name: 'Share' }).click();
    const dialog = fac.getByRole('dialog', { name: 'Share this map' });
    await dialog.getByRole('radio', { name: /Comment/ }).check();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const commentLink = await dialog.getByRole('textbox', { name: 'Comment link' }).inputValue();
    await dialog.getByRole('radio', { name: /Edit/ }).check();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await dialog.getByRole('textbox', { name: 'Edit link' }).waitFor();
    // the second link does not hide the first: both are listed
    await dialog.getByText('2 active links').waitFor();
    const rows = dialog.getByTestId('share-link-row');
    expect(await rows.count()).toBe(2);
    await dialog.getByRole('button', { name: /Revoke: Edit,/ }).click();
    await dialog.getByText('1 active link').waitFor();
    expect(await rows.first().textContent()).toMatch(/^Comment · this map/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const stake = await person('Sam', 'user-sam');
    const stakeErrors = watchErrors(stake);
    await stake.goto(commentLink);
    await stake.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    await stake.getByText('Comment only').first().waitFor();
    expect(await stake.getByRole('button', { name: /Add phase/ }).count()).toBe(0);
    expect(await stake.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await stake.locator(`[data-card-id="${cardId}"]`).click();
    const box = stake.getByLabel('New comment');
    await box.waitFor();
    await box.fill('Why three steps here?');
    await stake.getByRole('button', { name: 'Add comment' }).click();
    await expect
      .poll(() => comments(fac), { timeout: 15_000 })
      .toEqual(['Sam: Why three steps here?']);
    expect(facErrors).toEqual([]);
    expect(stakeErrors).toEqual([]);
  });
});
