/**
 * A big map's first visit (issue 18), right after its first paint, in real Chromium
 * against the real relay. The whole map arrives in one update (0.4 MB) whose IndexedDB
 * write waits for idle time, so as not to stand between the content and the board's
 * paint (src/storage/mapStorage.ts): a tab closed before that still stores it (the
 * write goes out when the page hides), and an edit made at once reaches another person.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigMap } from '../bench/fixtures/bigMap';
import { editFirstCard, editLink, syncStatus } from './harness/field';
import { mapStage } from './harness/mapStage';

const map = { ...bigMap({}), id: 'e2e-first-visit' };
const stage = mapStage(map);
const someCard = map.cards[0]!.text;

/** Relay sockets pass through unless `cut`; then new ones are closed at once. */
async function socketSwitch(context: BrowserContext): Promise<{ cut: boolean }> {
  const state = { cut: false };
  await context.routeWebSocket(/\/sync/, (ws) => {
    if (state.cut) {
      void ws.close({ code: 4000, reason: 'relay unreachable' }).catch(() => undefined);
      return;
    }
    const server = ws.connectToServer();
    ws.onClose(() => void server.close().catch(() => undefined));
    server.onClose(() => void ws.close().catch(() => undefined));
  });
  return state;
}

describe("a big map's first visit, right after its first paint", () => {
  it('a tab closed at once keeps the map: it opens again without the relay', async () => {
    const token = await editLink(stage.relay, map.id);
    let sockets!: { cut: boolean };
    const { page } = await stage.open('Ada', token, async (context) => {
      sockets = await socketSwitch(context);
      // a page that never gets idle before it closes: the map's write waits for idle time
      await context.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
    });
    const context = page.context();
    await page.close();

    sockets.cut = true;
    const again = await context.newPage();
    await again.goto(`${stage.relay.url}/map/${map.id}?t=${encodeURIComponent(token)}`);
    // every socket to the relay is cut: the cards can only come from this device
    await again.getByText(someCard, { exact: true }).first().waitFor({ timeout: 60_000 });
  });

  it('an edit made at once reaches another person', async () => {
    const token = await editLink(stage.relay, map.id);
    const { page: ada } = await stage.open('Ada', token);
    await editFirstCard(ada, 'Written the moment the board appeared');
    const { page: ben } = await stage.open('Ben', token);
    await ben
      .getByText('Written the moment the board appeared', { exact: true })
      .first()
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => syncStatus(ada), { timeout: 30_000 }).toMatch(/synced/i);
  });
});
