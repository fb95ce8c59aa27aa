/**
 * The board in a workshop (issue 16): the persona band everyone sees and edits in
 * place, and the keyboard way through cards, cells and the details panel (key
 * presses counted), in real Chromium against the real relay.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './harness/axe';
import type { BoardPage } from './harness/board';
import { closeBoardStage, openBoardStage, type BoardStage } from './harness/boardStage';

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
});
