/**
 * The first entry (src/boot.ts, issue 18) in real Chromium against the real relay: a
 * map opened from an edit link on a fresh profile gets its relay socket from the tiny
 * boot chunk, before the app's main chunk has run, and the stock y-websocket provider
 * adopts that one socket (none of its own) and syncs over it: the board shows the
 * relay's cards, the status says synced, and an edit reaches another person. The
 * database chunk (Dexie) is not preloaded for a linked map.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editFirstCard, editLink, syncStatus } from './harness/field';
import { mapStage } from './harness/mapStage';
import { loadFixture } from '../src/doc/testing/fixtures';

const map = loadFixture('saas-onboarding.journey.json');
const stage = mapStage(map);

/** Records, per WebSocket the page makes, its URL and which script constructed it. */
async function recordSockets(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __sockets: { url: string; stack: string }[] };
    w.__sockets = [];
    const Real = window.WebSocket;
    window.WebSocket = class extends Real {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        w.__sockets.push({ url: String(url), stack: new Error().stack ?? '' });
      }
    };
  });
}

function sockets(page: Page): Promise<{ url: string; stack: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __sockets: { url: string; stack: string }[] }).__sockets,
  );
}

/** When the database chunk was requested, against the start of the app's open (ms). */
function dexieRequest(page: Page): Promise<{ chunk: number | null; open: number | null }> {
  return page.evaluate(() => ({
    chunk:
      performance.getEntriesByType('resource').find((e) => e.name.includes('/assets/dexieStores-'))
        ?.startTime ?? null,
    open: performance.getEntriesByName('jb:open:start')[0]?.startTime ?? null,
  }));
}

const cardText = map.cards[0]!.text;

describe('the first entry opens the relay socket of a linked map', () => {
  it('one socket, opened by the boot chunk, adopted by the provider, synced', async () => {
    const token = await editLink(stage.relay, map.id);
    const { page, errors } = await stage.open('Ada', token, recordSockets);
    await page.getByText(cardText, { exact: true }).first().waitFor();
    await expect.poll(() => syncStatus(page), { timeout: 30_000 }).toMatch(/synced/i);
    const made = (await sockets(page)).filter((s) => s.url.includes(`/sync/${map.id}`));
    expect(made).toHaveLength(1);
    expect(made[0]!.stack).toMatch(/\/assets\/boot-[\w-]+\.js/);
    // the database chunk is not preloaded for a linked map: requested by the open, if at all
    const dexie = await dexieRequest(page);
    expect(dexie.open).not.toBeNull();
    if (dexie.chunk !== null) expect(dexie.chunk).toBeGreaterThanOrEqual(dexie.open!);

    // an edit over the adopted socket reaches another person
    const { page: other } = await stage.open('Grace', token);
    await editFirstCard(page, 'Changed over the early socket');
    await other.getByText('Changed over the early socket', { exact: true }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it('the home screen opens no socket early', async () => {
    const { page } = await stage.open('Lin', await editLink(stage.relay, map.id), recordSockets);
    await page.goto(`${stage.relay.url}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect((await sockets(page)).filter((s) => s.stack.includes('/assets/boot-'))).toEqual([]);
  });
});
