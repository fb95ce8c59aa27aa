/**
 * The board in a workshop (issue 16): the persona band everyone sees and edits in
 * place, and the keyboard way through cards, cells and the details panel (key
 * presses counted), and overlays (minimap, present strip, zoom controls) that never
 * cover a card or a lane label, in real Chromium against the real relay.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './harness/axe';
import { cameraSettled, type BoardPage } from './harness/board';
import { closeBoardStage, openBoardStage, type BoardStage } from './harness/boardStage';
import { watchErrors } from './harness/browser';
import { personContext, seedRoom } from './harness/field';
import { loadFixture } from '../src/doc/testing/fixtures';

let stage: BoardStage | undefined;
let page: Page;
let board: BoardPage;
let errors: string[];
let mapId: string;

beforeAll(async () => {
  stage = await openBoardStage();
  ({ page, errors, board } = stage);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${stage!.relay.url}/`);
  await page.waitForFunction(() => window.__journeyboard !== undefined);
  mapId = await page.evaluate(async () => {
    const hook = window.__journeyboard!;
    const id = await hook.createLocalMap(hook.standardTemplate('en', { title: 'Workshop board' }));
    hook.navigate(`/map/${id}`);
    return id;
  });
  await board.waitForMap(mapId);
}, 120_000);

afterAll(() => closeBoardStage(stage));

/** Adds cards through the document commands; returns their ids. */
function addCards(laneId: string, phaseId: string, texts: string[]): Promise<string[]> {
  return page.evaluate(
    ({ laneId, phaseId, texts }) => {
      const { session, commands } = window.__journeyboard!;
      return texts.map((text) => commands.addCard(session!.doc, { laneId, phaseId, text }));
    },
    { laneId, phaseId, texts },
  );
}

const focusInPanel = () => page.evaluate(() => !!document.activeElement?.closest('.jb-side'));

describe('the board in a workshop', () => {
  it('goes card → details → card → next card → cell → next cell → new card by keyboard, in 7 presses', async () => {
    const ids = await board.ids();
    const lane = ids.lanes[1]!.id;
    const [p0, p1] = [ids.phases[0]!.id, ids.phases[1]!.id];
    const [a, b] = await addCards(lane, p0, ['First idea', 'Second idea']);
    await board.node(a!).waitFor();
    await board.node(a!).focus();
    await expect.poll(() => board.focusedNodeId()).toBe(a);

    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('Alt+Enter');
    await expect.poll(focusInPanel).toBe(true);
    await press('Escape');
    await expect.poll(() => board.focusedNodeId()).toBe(a);
    await press('Delete');
    await expect.poll(() => board.cardIdOf('First idea')).toBeNull();
    await expect.poll(() => board.focusedNodeId()).toBe(b);
    await press('Delete');
    await expect.poll(() => board.focusedNodeId()).toBe(`cell:${lane}:${p0}`);
    await press('ArrowRight');
    await expect.poll(() => board.focusedNodeId()).toBe(`cell:${lane}:${p1}`);
    await press('Enter');
    await board.editor('Card text').waitFor();
    await page.keyboard.type('Typed in place');
    await press('Control+Enter');
    await expect.poll(() => board.cellTexts(lane, p1)).toEqual(['Typed in place']);
    expect(presses).toBe(7);
    expect(errors).toEqual([]);
  });

  it('shows the persona above the board, opens it by keyboard and edits it in place', async () => {
    await page.evaluate(() => {
      const { session, commands } = window.__journeyboard!;
      commands.updatePersona(session!.doc, {
        name: 'F( Fiona Meyer',
        description: 'Busy founder',
        goals: ['Get invoices out fast'],
      });
      commands.updateMeta(session!.doc, { scenario: 'First invoice', cxGoal: 'Done in 5 minutes' });
    });
    const band = page.getByRole('region', { name: 'Persona and scenario' });
    const toggle = band.getByRole('button', { name: /F\( Fiona Meyer/ });
    await toggle.waitFor();
    // closed: one line with initials from letters only, the description and the scenario
    expect(await band.locator('.jb-persona__avatar').textContent()).toBe('FM');
    expect(await band.textContent()).toContain('Busy founder');
    expect(await band.textContent()).toContain('First invoice');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const prior = band.getByRole('textbox', { name: 'Prior knowledge' });
    await prior.waitFor();
    expect(await band.getByRole('textbox', { name: 'CX goal' }).inputValue()).toBe(
      'Done in 5 minutes',
    );
    expect(await band.getByRole('textbox', { name: 'Goal 1' }).inputValue()).toBe(
      'Get invoices out fast',
    );
    await prior.fill('Has used spreadsheets');
    await prior.press('Tab');
    await expect
      .poll(async () => (await board.exported()).persona?.priorKnowledge)
      .toBe('Has used spreadsheets');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // open stays open for this user after a reload
    await page.reload();
    await board.waitForMap(mapId);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Persona and scenario' })
          .getByRole('textbox', { name: 'Prior knowledge' })
          .inputValue(),
      )
      .toBe('Has used spreadsheets');
    expect(errors).toEqual([]);
  });

  it('keeps the minimap, the present strip and the zoom controls off cards and lane labels after fit', async () => {
    const map = loadFixture('kfz-versicherung.journey.json');
    const { relay, browser } = stage!;
    await seedRoom(relay, map);
    const facilitator = await personContext(browser, 'Fiona', 'user-fiona');
    try {
      const fac = await facilitator.newPage();
      await fac.setViewportSize({ width: 1400, height: 1080 });
      const facErrors = watchErrors(fac);
      await fac.goto(`${relay.url}/map/${map.id}?t=${encodeURIComponent(relay.adminToken)}`);
      await fac.getByRole('button', { name: 'Present', exact: true }).waitFor();
      await fac.locator('.jb-overview').waitFor();
      const boxes = (selector: string) =>
        fac.locator(selector).evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return {
              what: el.getAttribute('data-id') ?? el.className,
              x: r.x,
              y: r.y,
              w: r.width,
              h: r.height,
            };
          }),
        );
      type Box = Awaited<ReturnType<typeof boxes>>[number];
      const overlap = (a: Box, b: Box) =>
        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      // the fit animates: wait until the camera holds still
      const fit = async () => {
        await fac.getByTitle('Fit to screen (F)').click();
        await cameraSettled(fac);
      };
      // cards in the bottom-right cells, the minimap's corner
      await fac.evaluate(() => {
        const { session, commands } = window.__journeyboard!;
        const snap = session!.store.getSnapshot();
        const phaseId = snap.phases[snap.phases.length - 1]!.id;
        for (const lane of snap.lanes.slice(-4))
          if (lane.type !== 'emotions')
            commands.addCard(session!.doc, { laneId: lane.id, phaseId, text: 'Corner card' });
      });
      await fit();
      // a pane of the map's own shape, so a fitted map reaches every corner of it
      const headers = await boxes('.react-flow__node-lane, .react-flow__node-phase');
      const mapW =
        Math.max(...headers.map((b) => b.x + b.w)) - Math.min(...headers.map((b) => b.x));
      const mapH =
        Math.max(...headers.map((b) => b.y + b.h)) - Math.min(...headers.map((b) => b.y));
      const pane = (await fac.locator('.react-flow').boundingBox())!;
      const width = Math.round(1400 - pane.width + (pane.height * mapW) / mapH);
      await fac.setViewportSize({ width: Math.min(1920, Math.max(1024, width)), height: 1080 });
      await fit();

      const overlays = await boxes('.jb-overview, .react-flow__controls, .jb-ws-strip');
      const content = await boxes(
        '.react-flow__node-card, .react-flow__node-lane, .jb-sticky__lane',
      );
      expect(overlays.length).toBe(3);
      expect(
        content.filter((b) => b.what.startsWith('lane:') || b.what.includes('sticky')).length,
      ).toBeGreaterThan(0);
      expect(await fac.locator('.react-flow__node-card').count()).toBeGreaterThan(0);
      const covered = overlays.flatMap((o) =>
        content.filter((c) => overlap(o, c)).map((c) => `${o.what} covers ${c.what}`),
      );
      expect(covered).toEqual([]);
      expect(facErrors).toEqual([]);
    } finally {
      await facilitator.close();
    }
  });
});
