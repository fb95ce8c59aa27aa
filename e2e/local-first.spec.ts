/**
 * Local-first in real Chromium against the real relay (which serves the built app):
 * a map created and edited on this device survives a reload, two tabs on one map
 * converge without a relay connection, and the app and map open offline from the
 * service worker's cache.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext, watchErrors } from './harness/browser';
import { startRelay, type RelayProcess } from './harness/relay';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  relay = await startRelay();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await relay?.dispose();
});

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

/** Creates a map through the test hook (same path as the home screen) and opens it. */
async function createAndOpen(page: Page, title: string): Promise<string> {
  const id = await page.evaluate(async (t) => {
    const hook = window.__journeyboard!;
    const mapId = await hook.createLocalMap(hook.standardTemplate('en', { title: t }));
    hook.navigate(`/map/${mapId}`);
    return mapId;
  }, title);
  await waitForMap(page, id);
  return id;
}

async function waitForMap(page: Page, id: string): Promise<void> {
  await page.waitForFunction((mapId) => window.__journeyboard?.session?.mapId === mapId, id, {
    timeout: 20_000,
  });
}

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

  it('opens the app and a stored map offline from the service worker cache', async () => {
    const ownRelay = await startRelay();
    try {
      const context = await testContext();
      const page = await openAt(context, ownRelay.url, '/');
      // register explicitly: the test does not depend on the app's production-only registration
      await page.evaluate(async () => {
        await navigator.serviceWorker.register('/sw.js');
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const id = await createAndOpen(page, 'Offline map');
      await edit(page, 'Offline title', 'offline card');
      await page.waitForTimeout(300);

      await ownRelay.stop();
      const unreachable = await context.request.get(`${ownRelay.url}/healthz`).catch(() => null);
      expect(unreachable).toBeNull();

      await page.reload();
      await page.waitForFunction(() => window.__journeyboard !== undefined);
      await waitForMap(page, id);
      expect(await content(page)).toEqual({ title: 'Offline title', cards: ['offline card'] });
    } finally {
      await ownRelay.dispose();
    }
  });
});
