/**
 * Local-first in real Chromium against the real relay (which serves the built app):
 * a map created and edited on this device survives a reload (also text typed into a
 * card), two tabs on one map converge without a relay connection, invalid files are
 * refused with every problem (picker and drag and drop, home and board), trash and
 * restore, named versions, and the app starting offline from the service worker it
 * registered itself.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, watchErrors } from './harness/browser';
import { createThroughHook, waitForMap } from './harness/field';
import {
  cachedPaths,
  dropFiles,
  EXPECTED_PATHS,
  exportPdf,
  invalidMapFile,
  reportedPaths,
} from './harness/files';
import { startRelay, type RelayProcess } from './harness/relay';
import { closeStage, startStage } from './harness/stage';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => ({ relay, browser } = await startStage()));
afterAll(() => closeStage(contexts, browser, relay));

async function testContext(): Promise<BrowserContext> {
  const context = await newContext(browser);
  contexts.push(context);
  await context.addInitScript(() => {
    (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
  });
  return context;
}

async function openAt(context: BrowserContext, base: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForFunction(() => window.__journeyboard !== undefined);
  return page;
}

const createAndOpen = createThroughHook;

/** Adds a card with `text` to the first cell and sets the title, through doc commands. */
async function edit(page: Page, title: string, text: string): Promise<void> {
  await page.evaluate(
    ([t, cardText]) => {
      const { session, commands } = window.__journeyboard!;
      const s = session!.store.getSnapshot();
      commands.updateMeta(session!.doc, { title: t });
      commands.addCard(session!.doc, {
        laneId: s.lanes[0]!.id,
        phaseId: s.phases[0]!.id,
        text: cardText,
      });
    },
    [title, text] as const,
  );
}

async function content(page: Page): Promise<{ title: string; cards: string[] }> {
  return page.evaluate(() => {
    const { session, commands } = window.__journeyboard!;
    const map = commands.snapshotToMap(session!.store.getSnapshot());
    return { title: map.title, cards: map.cards.map((c) => c.text) };
  });
}

const home = (page: Page) => page.getByRole('region', { name: /maps on this device|trash/i });
const rowTitles = (page: Page) => home(page).getByRole('heading', { level: 3 }).allTextContents();
const rowActions = (page: Page, title: string) =>
  page.getByRole('group', { name: `Actions for ${title}` });

/**
 * Titles of every catalog row, read straight from IndexedDB (not from what the page shows).
 * Never creates the database: opening a missing one would make an empty version 1 that
 * blocks the app's own upgrade, so a database the app has not made yet reads as no rows.
 */
async function catalogTitles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('journeyboard')) return [];
    return new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('journeyboard');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onerror = () => reject(open.error ?? new Error('cannot open journeyboard'));
      open.onsuccess = () => {
        const db = open.result;
        try {
          const all = db.transaction('maps').objectStore('maps').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => resolve((all.result as { title: string }[]).map((r) => r.title).sort());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          db.close();
        }
      };
    });
  });
}

describe('local-first', () => {
  it('keeps a created and edited map across a reload', async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    const errors = watchErrors(page);
    const id = await createAndOpen(page, 'Reload me');
    await edit(page, 'Reloaded title', 'stored card');
    // writes commit within milliseconds; give them a moment before pulling the plug
    await page.waitForTimeout(300);
    await page.reload();
    await waitForMap(page, id);
    expect(await content(page)).toEqual({ title: 'Reloaded title', cards: ['stored card'] });
    expect(errors).toEqual([]);
  });

  it('keeps two tabs on one map in step without a relay connection', async () => {
    const context = await testContext();
    const a = await openAt(context, relay.url, '/');
    const id = await createAndOpen(a, 'Two tabs');
    const b = await openAt(context, relay.url, `/map/${id}`);
    await waitForMap(b, id);

    await edit(a, 'Edited in A', 'card from A');
    await b.waitForFunction(() => {
      const { session, commands } = window.__journeyboard!;
      return commands.snapshotToMap(session!.store.getSnapshot()).title === 'Edited in A';
    });
    await edit(b, 'Edited in B', 'card from B');
    await a.waitForFunction(() => {
      const { session, commands } = window.__journeyboard!;
      return commands.snapshotToMap(session!.store.getSnapshot()).cards.length === 2;
    });
    const [ca, cb] = [await content(a), await content(b)];
    expect(ca).toEqual(cb);
    expect(ca.cards.sort()).toEqual(['card from A', 'card from B']);
  });

  it("keeps text typed into a card's inline editor across a reload", async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    const id = await createAndOpen(page, 'Typing');
    await page
      .getByRole('button', { name: 'Add card to lane Touchpoints, phase First information' })
      .click();
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await editor.pressSequentially('Typed on the train', { delay: 20 });
    // no blur, no Ctrl+Enter: the tab could be closed at any moment now
    await page.waitForTimeout(600);
    await page.reload();
    await waitForMap(page, id);
    expect((await content(page)).cards).toEqual(['Typed on the train']);
  });

  it('refuses an invalid file from the file picker, listing every problem, and imports nothing', async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    await page.evaluate(async () => {
      const hook = window.__journeyboard!;
      await hook.createLocalMap(hook.standardTemplate('en', { title: 'Already here' }));
    });
    await expect.poll(() => rowTitles(page)).toEqual(['Already here']);
    const before = await catalogTitles(page);

    await page.setInputFiles('[data-testid="import-input"]', [
      {
        name: 'broken.journey.json',
        mimeType: 'application/json',
        buffer: Buffer.from(invalidMapFile()),
      },
    ]);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Nothing was imported');
    expect(await reportedPaths(page, 'broken.journey.json')).toEqual(
      expect.arrayContaining(EXPECTED_PATHS),
    );
    expect(await catalogTitles(page)).toEqual(before);
    expect(await rowTitles(page)).toEqual(['Already here']);
  });

  it('takes dropped files on the home screen and on the board; invalid ones change nothing', async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    await home(page).waitFor();
    const before = await catalogTitles(page);
    const bad = { name: 'dropped-broken.journey.json', text: invalidMapFile() };
    expect(await dropFiles(page, 'main', [bad])).toBe(true);
    expect(await reportedPaths(page, bad.name)).toEqual(expect.arrayContaining(EXPECTED_PATHS));
    expect(await catalogTitles(page)).toEqual(before);

    // on an open board: an invalid file is refused the same way, and the board stays
    const id = await createAndOpen(page, 'Board with a drop');
    const board = '.react-flow__pane';
    expect(await dropFiles(page, board, [bad])).toBe(true);
    expect(await reportedPaths(page, bad.name)).toEqual(expect.arrayContaining(EXPECTED_PATHS));
    expect(await catalogTitles(page)).toEqual(['Board with a drop']);

    // a valid file becomes a new map; the open map stays open until the user opens the new one
    const dropped = await page.evaluate(() =>
      window.__journeyboard!.standardTemplate('de', { title: 'Vom Desktop gezogen' }),
    );
    await page.locator('.import-toast').getByRole('button', { name: 'Dismiss' }).click();
    expect(
      await dropFiles(page, board, [{ name: 'd.journey.json', text: JSON.stringify(dropped) }]),
    ).toBe(true);
    await page.getByText('Imported “Vom Desktop gezogen”.').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/map/${id}`);
    expect(await catalogTitles(page)).toEqual(['Board with a drop', 'Vom Desktop gezogen']);
    await page.getByRole('button', { name: 'Open “Vom Desktop gezogen”' }).click();
    await waitForMap(page, dropped.id);
  });

  it('moves maps to the trash, restores one, and empties the trash for good', async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    await page.evaluate(async () => {
      const hook = window.__journeyboard!;
      for (const title of ['Keep me', 'Throw away'])
        await hook.createLocalMap(hook.standardTemplate('en', { title }));
    });
    await expect
      .poll(async () => (await rowTitles(page)).sort())
      .toEqual(['Keep me', 'Throw away']);
    for (const title of ['Keep me', 'Throw away']) {
      await rowActions(page, title).getByRole('button', { name: 'Move to trash' }).click();
      await expect.poll(() => rowTitles(page)).not.toContain(title);
    }
    await page.getByRole('button', { name: 'Trash (2)' }).click();
    await expect
      .poll(async () => (await rowTitles(page)).sort())
      .toEqual(['Keep me', 'Throw away']);
    await rowActions(page, 'Keep me').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => rowTitles(page)).toEqual(['Throw away']);

    await page.getByRole('button', { name: 'Empty trash' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Empty trash' }).click();
    await page.getByText('The trash is empty.').waitFor();
    await page.getByRole('button', { name: 'Maps', exact: true }).click();
    await expect.poll(() => rowTitles(page)).toEqual(['Keep me']);
    // for good: after a reload only the restored map is on this device
    await page.reload();
    await expect.poll(() => rowTitles(page)).toEqual(['Keep me']);
    expect(await catalogTitles(page)).toEqual(['Keep me']);
  });

  it('names a version, and restoring it after a change undoes the change as a new change', async () => {
    const context = await testContext();
    const page = await openAt(context, relay.url, '/');
    await createAndOpen(page, 'Versioned');
    await edit(page, 'Before the workshop', 'first card');

    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Versions' });
    await panel.getByLabel('Version name').fill('after workshop 1');
    await panel.getByRole('button', { name: 'Save version' }).click();
    await panel.getByRole('heading', { name: 'after workshop 1' }).waitFor();

    await edit(page, 'After the workshop', 'second card');
    expect(await content(page)).toEqual({
      title: 'After the workshop',
      cards: ['first card', 'second card'],
    });
    const actions = panel.getByRole('group', { name: 'Actions for version after workshop 1' });
    await actions.getByRole('button', { name: 'Restore' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
    await panel.getByText('Restored “after workshop 1”.').waitFor();
    expect(await content(page)).toEqual({ title: 'Before the workshop', cards: ['first card'] });

    // a new change on top, not a rewind: undo takes the restore back
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => content(page))
      .toEqual({ title: 'After the workshop', cards: ['first card', 'second card'] });
  });

  it('starts offline from the service worker the app registered, and keeps offline edits', async () => {
    const ownRelay = await startRelay();
    const context = await testContext();
    try {
      const page = await openAt(context, ownRelay.url, '/');
      // the app registers /sw.js itself; on the first visit it takes over the open page
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
        timeout: 30_000,
      });
      const id = await createAndOpen(page, 'Offline map');
      await edit(page, 'Offline title', 'offline card');
      // the first visit stores what only a PDF export needs too (issue 13.3), no export needed
      const exportOnly = (paths: string[]) =>
        paths.filter((p) => /\/assets\/(pdf-[^/]*\.js|[^/]*\.ttf)$/.test(p)).length;
      await expect.poll(async () => exportOnly(await cachedPaths(page))).toBe(3);
      await page.waitForTimeout(300);

      await ownRelay.stop();
      await context.setOffline(true);
      expect(await context.request.get(`${ownRelay.url}/healthz`).catch(() => null)).toBeNull();

      await page.reload();
      await waitForMap(page, id);
      expect(await content(page)).toEqual({ title: 'Offline title', cards: ['offline card'] });

      // editing offline is storing on this device like any other edit
      await edit(page, 'Edited offline', 'written on the train');
      await page.waitForTimeout(300);
      await page.reload();
      await waitForMap(page, id);
      expect(await content(page)).toEqual({
        title: 'Edited offline',
        cards: ['offline card', 'written on the train'],
      });
      // a PDF export works offline, never having exported online
      expect(await exportPdf(page)).toMatch(/\.pdf$/);
      // and the home screen lists it, also offline
      await page.evaluate(() => window.__journeyboard!.navigate('/'));
      await expect.poll(() => rowTitles(page)).toEqual(['Edited offline']);
    } finally {
      await context.setOffline(false).catch(() => undefined);
      await ownRelay.dispose();
    }
  });
});
