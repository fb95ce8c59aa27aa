/**
 * A cold open from a link does not wait for IndexedDB on a first visit (issue 18),
 * and loses nothing by it, in real Chromium against the real relay: the map a first
 * visit received is stored on the device and opens again offline with the same cards;
 * an edit made here and not yet on the relay is in the board's first paint when the
 * map is opened again with the relay reachable (the device noted the map as stored,
 * so its local content loads before the relay's).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editFirstCard, editLink, syncStatus, waitForServiceWorker } from './harness/field';
import { mapStage } from './harness/mapStage';
import { loadFixture } from '../src/doc/testing/fixtures';

const map = loadFixture('saas-onboarding.journey.json');
const stage = mapStage(map);

/** Relay sockets pass through unless `cut`; then new ones are closed at once. */
function socketSwitch(context: BrowserContext): { cut: boolean; ready: Promise<void> } {
  const state = { cut: false, ready: Promise.resolve() };
  state.ready = context.routeWebSocket(/\/sync/, (ws) => {
    if (state.cut) {
      void ws.close({ code: 4000, reason: 'offline' }).catch(() => undefined);
      return;
    }
    const server = ws.connectToServer();
    ws.onClose(() => void server.close().catch(() => undefined));
    server.onClose(() => void ws.close().catch(() => undefined));
  });
  return state;
}

/** Notes, from the first frame on, the card texts of the first frame that shows a card. */
async function recordFirstPaint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __firstCards?: string[] };
    const check = () => {
      const cards = [...document.querySelectorAll('.react-flow__node [data-card-id]')];
      if (cards.length > 0) w.__firstCards = cards.map((c) => c.textContent ?? '');
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const firstCards = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstCards?: string[] }).__firstCards ?? null);

/** Whether this device noted the map as stored (src/storage/contentNotes.ts). */
const noted = (page: Page) =>
  page.evaluate(
    (id) => localStorage.getItem(`journeyboard.stored.journeyboard-map:${id}`) !== null,
    map.id,
  );

/** How many updates the map's IndexedDB database holds. */
const storedUpdates = (page: Page) =>
  page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(`journeyboard-map:${id}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('updates').objectStore('updates').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    map.id,
  );

const cardText = map.cards[0]!.text;
const otherCard = map.cards[1]!.text;

describe('a cold open from a link keeps local-first', () => {
  it('a first visit is stored: it opens offline with the same cards, and local edits paint first', async () => {
    const token = await editLink(stage.relay, map.id);
    let sockets!: { cut: boolean; ready: Promise<void> };
    const { page, errors } = await stage.open('Ada', token, async (context) => {
      sockets = socketSwitch(context);
      await sockets.ready;
      await recordFirstPaint(context);
    });
    const context = page.context();
    await page.getByText(cardText, { exact: true }).first().waitFor();
    await expect.poll(() => syncStatus(page), { timeout: 30_000 }).toMatch(/synced/i);
    await waitForServiceWorker(page);
    // the relay's content reached IndexedDB, and the device noted it
    await expect.poll(() => noted(page), { timeout: 20_000 }).toBe(true);
    expect(await storedUpdates(page)).toBeGreaterThan(0);

    // offline: the reload comes from the service worker and the map from IndexedDB
    sockets.cut = true;
    await context.setOffline(true);
    await page.reload();
    await page.getByText(cardText, { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.getByText(otherCard, { exact: true }).first().waitFor();
    await expect.poll(() => syncStatus(page), { timeout: 20_000 }).toContain('Offline');

    // an edit made offline is stored here only
    const before = await storedUpdates(page);
    await editFirstCard(page, 'Edited offline, not on the relay');
    await expect.poll(() => storedUpdates(page), { timeout: 20_000 }).toBeGreaterThan(before);
    await page.close();

    // the relay is back, but has not got the edit: it is in the next open's first paint
    await context.setOffline(false);
    sockets.cut = false;
    const again = await context.newPage();
    // from the link again: a link without a note would not wait for the local load
    await again.goto(`${stage.relay.url}/map/${map.id}?t=${encodeURIComponent(token)}`);
    await again.getByText('Edited offline, not on the relay', { exact: true }).waitFor();
    await expect.poll(() => firstCards(again)).not.toBeNull();
    expect((await firstCards(again))!.join('\n')).toContain('Edited offline, not on the relay');
    await expect.poll(() => syncStatus(again), { timeout: 30_000 }).toMatch(/synced/i);
    // requests that failed while the context was offline are expected; nothing else
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
