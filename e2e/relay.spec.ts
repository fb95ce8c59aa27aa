/**
 * The relay flows in real Chromium against the real relay process: the facilitator
 * opens the admin link `npm start` prints, creates a map from a template on the home
 * screen, it syncs, they make a view link in the Share dialog; a participant opens it
 * in a second browser context and gets a read-only board with the same content while
 * presence still flows both ways. A viewer who opens the stored map while the relay
 * is down still gets no editing, and the link keeps working after a relay restart.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from './harness/browser';
import { personContext } from './harness/field';
import { startRelay, type RelayProcess } from './harness/relay';
import { closeStage, startStage } from './harness/stage';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
let fac: Page;
let viewer: Page;
let facErrors: string[];
let mapId = '';
let viewLink = '';
const TITLE = 'Claims workshop';

/** Settings as zustand persists them, "already joined", and the test hook. */
async function person(name: string, userId: string): Promise<BrowserContext> {
  const context = await personContext(browser, name, userId);
  contexts.push(context);
  return context;
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });
const people = (page: Page) => page.getByRole('list', { name: 'People in this workshop' });

type Hook = {
  session: {
    mapId: string;
    readOnly: boolean;
    doc: unknown;
    store: { getSnapshot(): unknown };
  } | null;
  commands: {
    snapshotToMap(s: unknown): { title: string; cards: { text: string }[]; lanes: unknown[] };
    updateMeta(doc: unknown, patch: { title: string }): void;
  };
  navigate(path: string): void;
};

/** Title, lane count and card texts of the open map. */
function content(page: Page): Promise<{ title: string; lanes: number; cards: string[] }> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    const map = hook.commands.snapshotToMap(hook.session!.store.getSnapshot());
    return { title: map.title, lanes: map.lanes.length, cards: map.cards.map((c) => c.text) };
  });
}

function session(page: Page): Promise<{ mapId: string; readOnly: boolean } | null> {
  return page.evaluate(() => {
    const s = (window as unknown as { __journeyboard?: Hook }).__journeyboard?.session;
    return s ? { mapId: s.mapId, readOnly: s.readOnly } : null;
  });
}

beforeAll(async () => ({ relay, browser } = await startStage()));
afterAll(() => closeStage(contexts, browser, relay));

describe('relay flows', () => {
  it('admin link → map from a template → synced → view link → read-only board with presence', async () => {
    fac = await (await person('Fiona', 'user-fiona')).newPage();
    facErrors = watchErrors(fac);
    // the link `npm start` prints (server/main.ts)
    await fac.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    await fac.getByRole('form', { name: 'New map' }).waitFor();
    expect(new URL(fac.url()).search).toBe('');

    const form = fac.getByRole('form', { name: 'New map' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Template').selectOption('standard:en');
    await form.getByRole('button', { name: 'Create' }).click();
    await fac.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    mapId = (await session(fac))!.mapId;
    await expect.poll(() => syncStatus(fac).textContent(), { timeout: 15_000 }).toContain('Synced');
    expect(await syncStatus(fac).textContent()).not.toContain('waiting');

    await fac.getByRole('button', { name: 'Share' }).click();
    const dialog = fac.getByRole('dialog', { name: 'Share this map' });
    await dialog.getByRole('radio', { name: /View/ }).check();
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const linkBox = dialog.getByLabel('View link');
    await linkBox.waitFor();
    viewLink = await linkBox.inputValue();
    expect(viewLink).toMatch(new RegExp(`^${relay.url}/map/${mapId}\\?t=v1\\.`));
    await dialog.getByRole('button', { name: 'Close' }).click();

    viewer = await (await person('Vera', 'user-vera')).newPage();
    const viewerErrors = watchErrors(viewer);
    await viewer.goto(viewLink);
    await viewer.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    expect(new URL(viewer.url()).search).toBe('');
    expect(await content(viewer)).toEqual(await content(fac));

    // read-only: no editing controls, no editor on double-click, no Share
    expect(await session(viewer)).toMatchObject({ mapId, readOnly: true });
    expect(await viewer.getByText('View only').count()).toBeGreaterThan(0);
    expect(await viewer.getByRole('button', { name: /Add phase/ }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Share' }).count()).toBe(0);
    const firstNode = viewer.locator('.react-flow__node').first();
    await firstNode.dblclick();
    expect(await viewer.locator('.react-flow__node textarea').count()).toBe(0);

    // presence flows both ways: names in the list, the viewer's cursor on the facilitator's board
    await expect
      .poll(
        () =>
          people(fac)
            .getByRole('button', { name: /Vera, viewer/ })
            .count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await expect
      .poll(() =>
        people(viewer)
          .getByRole('button', { name: /Fiona, facilitator/ })
          .count(),
      )
      .toBe(1);
    const box = (await viewer.locator('.react-flow__pane').boundingBox())!;
    for (let i = 0; i < 5; i++) await viewer.mouse.move(box.x + 300 + i * 20, box.y + 250);
    await expect
      .poll(() => fac.locator('[data-testid="remote-cursor"][data-user="Vera"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);

    // a change forced past the UI stays on the viewer's device and is shown as waiting
    await viewer.evaluate(() => {
      const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
      hook.commands.updateMeta(hook.session!.doc, { title: 'Changed by a viewer' });
    });
    await expect.poll(() => syncStatus(viewer).textContent()).toContain('1 change waiting');
    await fac.waitForTimeout(500);
    expect((await content(fac)).title).toBe(TITLE);

    // the home screen knows the map is on the relay
    await fac.getByRole('button', { name: 'All maps' }).click();
    const row = fac.getByRole('listitem', { name: TITLE });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Synced');
    expect(facErrors).toEqual([]);
    expect(viewerErrors).toEqual([]);
  });

  it('a viewer opening the stored map while the relay is down gets no editing either', async () => {
    await relay.stop();
    await viewer.evaluate(() =>
      (window as unknown as { __journeyboard: Hook }).__journeyboard.navigate('/'),
    );
    await viewer.getByRole('form', { name: 'New map' }).waitFor();
    await viewer.evaluate(
      (id) => (window as unknown as { __journeyboard: Hook }).__journeyboard.navigate(`/map/${id}`),
      mapId,
    );
    await viewer
      .getByRole('heading')
      .filter({ hasText: /Claims workshop|Changed by a viewer/ })
      .waitFor();
    expect(await session(viewer)).toMatchObject({ mapId, readOnly: true });
    expect(await viewer.getByRole('button', { name: /Add phase/ }).count()).toBe(0);
    expect(await syncStatus(viewer).textContent()).not.toContain('Synced');
  });

  it('the view link made before a restart still opens the map after it', async () => {
    relay = await startRelay({
      dataDir: relay.dataDir,
      port: relay.port,
      env: { ADMIN_TOKEN: relay.adminToken },
    });
    const fresh = await (await person('Nina', 'user-nina')).newPage();
    await fresh.goto(viewLink);
    await fresh.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    expect(await session(fresh)).toMatchObject({ mapId, readOnly: true });
    await expect
      .poll(() => syncStatus(fresh).textContent(), { timeout: 15_000 })
      .toContain('Synced');
  });
});
