/**
 * Steps for e2e/fieldtest.spec.ts (issue 13, what a workshop and an offline day ran
 * into): a room seeded on the relay, share links, people who already joined, the
 * board's zoom, the sync status line, and waiting for the service worker.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createMapDoc } from '../../src/doc';
import type { JourneyMap } from '../../src/model/types';
import { newContext } from './browser';
import type { RelayProcess } from './relay';

/** Puts `map` into a room of the relay, the way `journey push` would, and leaves. */
export async function seedRoom(relay: RelayProcess, map: JourneyMap): Promise<void> {
  const doc = createMapDoc(map);
  const provider = new WebsocketProvider(`${relay.wsUrl}/sync`, map.id, doc, {
    params: { t: relay.adminToken },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) =>
    provider.on('sync', (synced: boolean) => synced && resolve()),
  );
  // the relay stores before it answers a later step 1; a short pause is plenty
  await new Promise((r) => setTimeout(r, 300));
  provider.destroy();
}

/** An edit link for one map. */
export async function editLink(relay: RelayProcess, mapId: string): Promise<string> {
  const res = await fetch(`${relay.url}/api/maps/${mapId}/share`, {
    method: 'POST',
    headers: { authorization: `Bearer ${relay.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'edit' }),
  });
  if (!res.ok) throw new Error(`share failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * A context for one named person who joined before (no name prompt), with the test
 * hook, in an English UI or `locale`.
 */
export async function personContext(
  browser: Browser,
  name: string,
  userId = `user-${name.toLowerCase()}`,
  locale?: string,
): Promise<BrowserContext> {
  const context = await newContext(browser, { name, ...(locale ? { locale } : {}) });
  await context.addInitScript(
    ([n, userId]) => {
      localStorage.setItem(
        'journeyboard.settings',
        JSON.stringify({ state: { userId, displayName: n, color: '#1f618d' }, version: 1 }),
      );
      localStorage.setItem('journeyboard.workshop.joined', '1');
      (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
    },
    [name, userId] as const,
  );
  return context;
}

/** Opens a map of the relay with a token, at the context's viewport. */
export async function openMapPage(
  context: BrowserContext,
  relay: RelayProcess,
  mapId: string,
  token: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${relay.url}/map/${mapId}?t=${encodeURIComponent(token)}`);
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
  return page;
}

/** The board's zoom, from React Flow's viewport transform. */
export async function boardZoom(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const match = /scale\(([\d.]+)\)/.exec(style);
  return match ? Number(match[1]) : Number.NaN;
}

/** The sync status line as a person reads it. */
export async function syncStatus(page: Page): Promise<string> {
  return (await page.getByRole('status', { name: /Sync status/ }).textContent()) ?? '';
}

/** Waits until the app's own service worker controls the page (offline starts need it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, {
    timeout: 30_000,
  });
}

/** Creates a map from the English standard template through the test hook and opens it. */
export async function createAndOpen(page: Page, title: string): Promise<string> {
  await page.waitForFunction(() => window.__journeyboard !== undefined);
  const id = await createThroughHook(page, title);
  await page.waitForSelector('.react-flow__node', { timeout: 30_000 });
  return id;
}

/**
 * Creates a map from the English standard template through the test hook (the same
 * path as the home screen), opens it and waits for its session.
 */
export async function createThroughHook(page: Page, title: string): Promise<string> {
  const id = await page.evaluate(async (t) => {
    const hook = window.__journeyboard!;
    const mapId = await hook.createLocalMap(hook.standardTemplate('en', { title: t }));
    hook.navigate(`/map/${mapId}`);
    return mapId;
  }, title);
  await waitForMap(page, id);
  return id;
}

/** Waits until the page's open map session is the map `id`. */
export async function waitForMap(page: Page, id: string): Promise<void> {
  await page.waitForFunction((mapId) => window.__journeyboard?.session?.mapId === mapId, id, {
    timeout: 20_000,
  });
}

/** Sets the first card's text through the app's test hook (a plain document command). */
export async function editFirstCard(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    type Hook = {
      session: { doc: unknown; store: { getSnapshot(): unknown } };
      commands: {
        snapshotToMap(s: unknown): { cards: { id: string }[] };
        setCardText(doc: unknown, id: string, text: string): void;
      };
    };
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    const first = hook.commands.snapshotToMap(hook.session.store.getSnapshot()).cards[0]!;
    hook.commands.setCardText(hook.session.doc, first.id, t);
  }, text);
}
