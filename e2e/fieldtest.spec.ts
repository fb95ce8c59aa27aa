/**
 * Issue 13 (items 1, 3, 4, 5, 6) in real Chromium against the real relay: what a
 * facilitator with participants in separate browsers and a designer going offline
 * ran into. Each test fails on the code before the fix.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardTemplate } from '../src/model/templates';
import { BoardPage } from './harness/board';
import {
  boardZoom,
  createAndOpen,
  editLink,
  openMapPage,
  personContext,
  seedRoom,
  syncStatus,
  waitForServiceWorker,
} from './harness/field';
import { cachedPaths } from './harness/files';
import { startRelay, type RelayProcess } from './harness/relay';
import { closeStage, startStage } from './harness/stage';

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => ({ relay, browser } = await startStage()));
afterAll(() => closeStage(contexts, browser, relay));

async function person(name: string): Promise<BrowserContext> {
  const context = await personContext(browser, name);
  contexts.push(context);
  return context;
}

const LAPTOP = { width: 1280, height: 800 };
/** card text (13 px) at 11 px on screen */
const READABLE = 11 / 13;

describe('13.1 shortcuts never act on typing', () => {
  let page: Page;
  let board: BoardPage;

  beforeAll(async () => {
    const context = await person('Tina');
    page = await context.newPage();
    await page.goto(`${relay.url}/`);
    await createAndOpen(page, 'Schadenmeldung');
    board = new BoardPage(page);
  });

  const cardCount = () =>
    page.evaluate(() => window.__journeyboard!.session!.store.getSnapshot().cards.size);
  const draftOpen = () => page.evaluate(() => window.__journeyboard!.ui.getState().draft !== null);

  it('typing on after the edited card left the view adds no stray card', async () => {
    const ids = await board.ids();
    const cell = board.cell(ids.lanes[0]!.id, ids.phases[0]!.id);
    await cell.locator('.jb-cell').dblclick();
    await board.editor('Card text').waitFor();
    await page.keyboard.type('Kunde meldet');
    await page.keyboard.press('Control+Enter');
    await expect.poll(cardCount).toBe(1);
    const id = (await board.cardIdOf('Kunde meldet'))!;
    await board.node(id).focus();
    await page.keyboard.press('Enter');
    await board.editor('Card text').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' den Unfall');
    // the view moves away under the typing hands (a zoom out to the overview):
    // the editor goes, the typed text is kept
    const pane = (await board.pane.boundingBox())!;
    await page.mouse.move(pane.x + pane.width * 0.6, pane.y + pane.height * 0.55);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
    await expect.poll(() => board.editor('Card text').count()).toBe(0);
    await page.keyboard.type(' nach Schaden');
    expect(await draftOpen()).toBe(false);
    expect(await cardCount()).toBe(1);
    expect(await board.cardIdOf('Kunde meldet den Unfall')).toBe(id);
  });

  it('"n" does nothing while an IME composes or while a dialog is open', async () => {
    const ids = await board.ids();
    await page.mouse.click(5, 5); // a deliberate click: shortcuts are live again
    await page.evaluate(
      ([laneId, phaseId]) => window.__journeyboard!.ui.getState().selectCell({ laneId, phaseId }),
      [ids.lanes[1]!.id, ids.phases[1]!.id] as const,
    );
    await page.evaluate(() =>
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'n', isComposing: true, bubbles: true }),
      ),
    );
    expect(await draftOpen()).toBe(false);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('heading').first().click();
    await page.keyboard.press('n');
    await page.keyboard.press('f');
    expect(await draftOpen()).toBe(false);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // and the shortcut itself still works where it should
    await page.mouse.click(5, 5);
    await page.evaluate(
      ([laneId, phaseId]) => window.__journeyboard!.ui.getState().selectCell({ laneId, phaseId }),
      [ids.lanes[1]!.id, ids.phases[1]!.id] as const,
    );
    await page.keyboard.press('n');
    await expect.poll(draftOpen).toBe(true);
    await page.keyboard.press('Escape');
  });
});

describe('13.3 every export works offline after one online visit', () => {
  it('exports PDF and every other format offline, never having exported online', async () => {
    const context = await person('Dora');
    const page = await context.newPage();
    try {
      await page.goto(`${relay.url}/`);
      await waitForServiceWorker(page);
      const id = await createAndOpen(page, 'Offline export');
      const exportOnly = (paths: string[]) =>
        paths.filter((p) => /\/assets\/(pdf-[^/]*\.js|[^/]*\.ttf)$/.test(p)).length;
      await expect
        .poll(async () => exportOnly(await cachedPaths(page)), { timeout: 30_000 })
        .toBe(3);

      await context.setOffline(true);
      await page.reload();
      await page.waitForFunction((mapId) => window.__journeyboard?.session?.mapId === mapId, id, {
        timeout: 30_000,
      });
      const kinds = [
        ['PDF, A4 pages', /\.pdf$/],
        ['PDF, A3 pages', /\.pdf$/],
        ['PDF, one poster page', /\.pdf$/],
        ['Image (PNG)', /\.png$/],
        ['Vector image (SVG)', /\.svg$/],
        ['Spreadsheet (CSV)', /\.csv$/],
        ['Markdown (wiki)', /\.md$/],
        ['Journey map file (JSON)', /\.json$/],
      ] as const;
      for (const [label, name] of kinds) {
        const download = page.waitForEvent('download', { timeout: 60_000 });
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await page.getByRole('button', { name: label }).click();
        expect((await download).suggestedFilename()).toMatch(name);
      }
      expect(await page.locator('.jb-export [role="alert"]').count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
  });
});

describe('13.4 the restore preview lists what a restore changes', () => {
  it('lists an action added after the version, and restore changes nothing it did not list', async () => {
    const context = await person('Vera');
    const page = await context.newPage();
    await page.goto(`${relay.url}/`);
    await createAndOpen(page, 'Versions');
    await page.getByRole('button', { name: 'Versions', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Versions' });
    await panel.getByLabel('Version name').fill('before the actions');
    await panel.getByRole('button', { name: 'Save version' }).click();
    await panel.getByRole('heading', { name: 'before the actions' }).waitFor();

    // an action with owner team, status and due date, added after the version
    await page.evaluate(() => {
      const { session, commands } = window.__journeyboard!;
      commands.addAction(session!.doc, {
        title: 'Call the customer back',
        ownerTeam: 'Service',
        status: 'doing',
        due: '2026-12-18',
        cardIds: [],
      });
    });
    const actions = panel.getByRole('group', { name: 'Actions for version before the actions' });
    await actions.getByRole('button', { name: 'Preview' }).click();
    await panel.getByText('remove action “Call the customer back”').first().waitFor();
    expect(await panel.getByText('change nothing: the map is the same.').count()).toBe(0);

    await actions.getByRole('button', { name: 'Restore' }).click();
    const confirm = panel.getByRole('alertdialog');
    // the confirmation lists the plan once it is computed
    await confirm.getByText('remove action “Call the customer back”').waitFor();
    expect(await confirm.getByText('remove action “Call the customer back”').count()).toBe(1);
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await panel.getByText('Restored “before the actions”.').waitFor();
    const left = await page.evaluate(
      () => window.__journeyboard!.commands.exportMap(window.__journeyboard!.session!.doc).actions,
    );
    expect(left ?? []).toEqual([]);
  });
});

describe('13.5 present mode is readable on laptops, followers move per phase', () => {
  it('presents each phase of the 13-lane template at ≥ 11 px card text, for the follower too', async () => {
    const map = standardTemplate('de', { title: 'Workshop Laptop' });
    await seedRoom(relay, map);
    const token = await editLink(relay, map.id);
    const fac = await openMapPage(await person('Fiona'), relay, map.id, relay.adminToken, LAPTOP);
    const lea = await openMapPage(await person('Lea'), relay, map.id, token, LAPTOP);
    await expect
      .poll(() => lea.getByRole('button', { name: /Fiona/ }).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);

    await fac.getByRole('button', { name: 'Present', exact: true }).click();
    await expect
      .poll(() => lea.getByText('Fiona is presenting').count(), { timeout: 10_000 })
      .toBe(1);
    const leaBoard = new BoardPage(lea);
    for (const [i, phase] of map.phases.slice(0, 3).entries()) {
      if (i > 0) await fac.getByRole('button', { name: 'Next phase' }).click();
      const header = leaBoard.phaseHeader(phase.id);
      // the follower's view moves to each phase, and both can read the cards
      await expect
        .poll(async () => (await header.count()) > 0 && (await leaBoard.isInPane(header)), {
          timeout: 10_000,
        })
        .toBe(true);
      await expect.poll(() => boardZoom(fac)).toBeGreaterThanOrEqual(READABLE - 0.001);
      await expect.poll(() => boardZoom(lea)).toBeGreaterThanOrEqual(READABLE - 0.001);
    }
    await fac.getByRole('button', { name: 'Stop presenting' }).click();
  });
});

describe('13.6 offline is said at once, and what is waiting is counted right', () => {
  it('says offline within the liveness window, counts one new card as 1, also after a reload', async () => {
    const context = await person('Olga');
    const own = await startRelay();
    let stopped = false;
    try {
      const page = await context.newPage();
      // the admin link logs this browser in: maps made here sync with the relay
      await page.goto(`${own.url}/?t=${own.adminToken}`);
      await waitForServiceWorker(page);
      const id = await createAndOpen(page, 'Offline day');
      await expect.poll(() => syncStatus(page), { timeout: 20_000 }).toBe('Synced');

      // the network goes: the relay falls silent and the browser says offline
      own.child.kill('SIGSTOP');
      stopped = true;
      await context.setOffline(true);
      await expect.poll(() => syncStatus(page), { timeout: 10_000 }).toContain('Offline');
      expect(await syncStatus(page)).toContain('Changes are kept on this device');

      const board = new BoardPage(page);
      const ids = await board.ids();
      await board.cell(ids.lanes[0]!.id, ids.phases[0]!.id).locator('.jb-cell').dblclick();
      await board.editor('Card text').waitFor();
      await page.keyboard.type('Foto-Upload bricht ab');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => syncStatus(page)).toContain('1 change waiting');

      await page.waitForTimeout(300); // IndexedDB commits; the count is in localStorage already
      await page.reload();
      await page.waitForFunction((mapId) => window.__journeyboard?.session?.mapId === mapId, id, {
        timeout: 30_000,
      });
      await expect.poll(() => syncStatus(page)).toContain('Offline');
      expect(await syncStatus(page)).toContain('1 change waiting');

      own.child.kill('SIGCONT');
      stopped = false;
      await context.setOffline(false);
      await expect.poll(() => syncStatus(page), { timeout: 30_000 }).toBe('Synced');
    } finally {
      if (stopped) own.child.kill('SIGCONT');
      await context.setOffline(false).catch(() => undefined);
      await own.dispose();
    }
  });
});
