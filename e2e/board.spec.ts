/**
 * The board in real Chromium against the real relay, the way a German user works:
 * a map from the standard template made on the home screen, a card in every lane
 * type added through the board, a phase reordered by dragging its header, undo,
 * a reload that keeps everything, a keyboard-only flow that follows the focus off
 * screen, a Shift+click multi-selection dragged together, and axe-core in German
 * and English.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './harness/axe';
import { cameraSettled, type BoardIds, type BoardPage } from './harness/board';
import { closeBoardStage, openBoardStage, type BoardStage } from './harness/boardStage';
import type { LaneType } from '../src/model/types';

let stage: BoardStage | undefined;
let page: Page;
let board: BoardPage;
let errors: string[];
let ids: BoardIds;

/**
 * Wide enough that a fit of the 15-lane map (overlay bands right and bottom kept
 * free) stays above COMPACT_ZOOM, so cards are their own nodes to click and drag;
 * at 1400 × 900 the fit is compact (cells draw their cards, no card nodes).
 */
const WIDE = { width: 1680, height: 1050 };
/** small enough that the map opens zoomed in at the top left, most of it off screen */
const NARROW = { width: 900, height: 600 };

beforeAll(async () => {
  stage = await openBoardStage('de-DE');
  ({ page, errors, board } = stage);
  await page.setViewportSize(WIDE);
});

afterAll(() => closeBoardStage(stage));

const lane = (type: LaneType) => ids.lanes.find((l) => l.type === type)!;
const phase = (index: number) => ids.phases[index]!;

async function fit(): Promise<void> {
  await page.getByRole('button', { name: 'An Bildschirm anpassen' }).first().click();
  await cameraSettled(page);
}

describe('board (German, through the UI)', () => {
  it('creates a map from the German standard template on the home screen', async () => {
    await page.goto(`${stage!.relay.url}/`);
    const form = page.getByRole('form', { name: 'Neue Map' });
    await form.getByLabel('Titel').fill('Board im Test');
    // the home form's default template follows the UI language
    expect(await form.getByLabel('Vorlage').inputValue()).toBe('standard:de');
    await form.getByRole('button', { name: 'Erstellen' }).click();
    await board.waitForMap();
    ids = await board.ids();
    expect(ids.phases[0]!.name).toBe('Erste Informationen');
    expect(lane('needs').name).toBe('Benutzerbedürfnisse');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Board im Test');
  });

  it('adds the two lane types the template leaves out, through the lane menu', async () => {
    for (const type of ['backstage', 'notes'] as const) {
      await page.getByRole('button', { name: 'Bahn hinzufügen' }).click();
      await page.getByRole('combobox', { name: 'Bahntyp' }).selectOption(type);
      await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    }
    ids = await board.ids();
    expect(ids.lanes.map((l) => l.type)).toContain('backstage');
    expect(ids.lanes.map((l) => l.type)).toContain('notes');
    expect(ids.lanes).toHaveLength(15);
  });

  it('adds a card in every lane type by double-click or the + button', async () => {
    for (const [i, l] of ids.lanes.entries()) {
      await fit();
      const p = phase(i % ids.phases.length);
      const cell = board.cell(l.id, p.id);
      if (i % 2 === 0) {
        await cell.locator('.jb-cell').dblclick();
      } else {
        await cell.hover();
        await cell.getByRole('button', { name: /^Karte hinzufügen in Bahn/ }).click();
      }
      await board.editor('Kartentext').waitFor();
      await page.keyboard.type(`Karte ${l.type}`);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => board.cellTexts(l.id, p.id)).toEqual([`Karte ${l.type}`]);
    }
    const map = await board.exported();
    expect(map.cards).toHaveLength(15);
    // the emotion card became a point of the curve with the default score
    expect(map.cards.find((c) => c.laneId === lane('emotions').id)?.score).toBe(0);
    expect(map.cards.find((c) => c.laneId === lane('kpis').id)?.kpi).toBeDefined();
  });

  it('reorders a phase by dragging its header, and Ctrl+Z undoes it', async () => {
    await fit();
    const before = (await board.ids()).phases.map((p) => p.id);
    const third = await board.middleOf(board.phaseHeader(phase(2).id));
    const box = (await board.phaseHeader(phase(2).id).boundingBox())!;
    // past the middle of the third column: the first phase goes behind it
    await board.drag(board.phaseHeader(phase(0).id), { x: third.x + box.width / 4, y: third.y });
    const moved = (await board.ids()).phases.map((p) => p.id);
    expect(moved.slice(0, 3)).toEqual([before[1], before[2], before[0]]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await board.ids()).phases.map((p) => p.id)).toEqual(before);
  });

  it('keeps text typed half a second ago when the tab reloads mid-edit', async () => {
    await fit();
    const id = (await board.cardIdOf('Karte notes'))!;
    await board.node(id).dblclick();
    await board.editor('Kartentext').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' – noch offen');
    // no blur, no Ctrl+Enter: the editor is still open when the page goes away
    await page.waitForTimeout(600);
    await page.reload();
    await board.waitForMap(ids.mapId);
    expect(await board.cardIdOf('Karte notes – noch offen')).toBe(id);
  });

  it('keeps everything across a reload', async () => {
    const before = await board.exported();
    // typing and commands reach IndexedDB within milliseconds; give the write a moment
    await page.waitForTimeout(500);
    await page.reload();
    await board.waitForMap(ids.mapId);
    expect(await board.exported()).toEqual(before);
  });

  it('works by keyboard alone, following the focus off screen', async () => {
    await page.setViewportSize(NARROW);
    await page.reload();
    await board.waitForMap(ids.mapId);
    const first = board.cell(lane('touchpoints').id, phase(0).id);
    await first.waitFor();
    const lastPhase = phase(ids.phases.length - 1);
    expect(await board.cell(lane('touchpoints').id, lastPhase.id).count()).toBe(0);

    // Tab from the top of the page into the board, to the first cell
    for (let i = 0; i < 120; i++) {
      const focused = await board.focusedNodeId();
      if (focused?.startsWith('cell:')) break;
      await board.pressMovingFocus('Tab');
    }
    const start = `cell:${lane('touchpoints').id}:${phase(0).id}`;
    expect(await board.focusedNodeId()).toBe(start);

    // plain arrows walk the cells; one off screen comes into view with the focus
    for (let i = 1; i < ids.phases.length; i++) await page.keyboard.press('ArrowRight');
    const far = `cell:${lane('touchpoints').id}:${lastPhase.id}`;
    await expect.poll(() => board.focusedNodeId()).toBe(far);
    expect(await board.isInPane(board.node(far))).toBe(true);
    for (let i = 1; i < ids.phases.length; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => board.focusedNodeId()).toBe(start);

    await page.keyboard.press('n');
    await board.editor('Kartentext').waitFor();
    await page.keyboard.type('Per Tastatur');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => board.cardIdOf('Per Tastatur')).not.toBeNull();
    const id = (await board.cardIdOf('Per Tastatur'))!;
    await expect.poll(() => board.focusedNodeId()).toBe(id);

    await page.keyboard.press('Enter');
    await board.editor('Kartentext').waitFor();
    await page.keyboard.type(' bearbeitet');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => board.cardIdOf('Per Tastatur bearbeitet')).toBe(id);
    await expect.poll(() => board.focusedNodeId()).toBe(id);

    // to the last phase, far off screen: the board pans along and keeps the focus
    for (let i = 1; i < ids.phases.length; i++) {
      await page.keyboard.press('Control+ArrowRight');
      await expect
        .poll(() => board.cellTexts(lane('touchpoints').id, phase(i).id))
        .toContain('Per Tastatur bearbeitet');
      await expect.poll(() => board.focusedNodeId()).toBe(id);
    }
    expect(await board.isInPane(board.node(id))).toBe(true);

    await page.keyboard.press('Delete');
    await expect.poll(() => board.cardIdOf('Per Tastatur bearbeitet')).toBeNull();
  });

  it('drags a Shift+click multi-selection together', async () => {
    await page.setViewportSize(WIDE);
    await fit();
    const a = board.node((await board.cardIdOf('Karte needs'))!);
    const b = board.node((await board.cardIdOf('Karte goals'))!);
    await a.click();
    await page.keyboard.down('Shift');
    await b.click();
    await page.keyboard.up('Shift');
    expect((await board.selectedIds()).length).toBe(2);
    const target = board.cell(lane('fears').id, phase(6).id);
    await board.drag(a, await board.middleOf(target));
    await expect
      .poll(async () => (await board.cellTexts(lane('fears').id, phase(6).id)).sort())
      .toEqual(['Karte goals', 'Karte needs']);
  });

  it('keeps a card clicked at the right edge in view when the inspector opens beside the board', async () => {
    await page.setViewportSize(WIDE);
    // nothing selected: no panel beside the board
    await page.locator('.react-flow__node-card').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => board.selectedIds()).toEqual([]);
    await page.locator('.jb-side .jb-side__close').click();
    await expect.poll(() => page.locator('.jb-side').count()).toBe(0);
    await fit();
    // the rightmost card wholly in view: the card inspector opening on the right narrows the pane
    const boxes = await page
      .locator('.react-flow__node-card')
      .evaluateAll((els) =>
        els.map((el) => ({ id: el.dataset.id!, right: el.getBoundingClientRect().right })),
      );
    const paneRight = await board.pane.evaluate((el) => el.getBoundingClientRect().right);
    const rightmost = boxes
      .filter((b) => b.right <= paneRight)
      .sort((a, b) => b.right - a.right)[0]!;
    const card = board.node(rightmost.id);
    await card.click();
    await page.locator('.card-inspector').waitFor();
    await expect
      .poll(() => board.pane.evaluate((el) => el.getBoundingClientRect().right))
      .toBeLessThan(paneRight);
    await cameraSettled(page);
    await expect.poll(() => board.isInPane(card)).toBe(true);
  });

  it('has no serious accessibility violations, in German and in English', async () => {
    await fit();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Fit to screen' }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
