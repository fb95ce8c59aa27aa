/**
 * A big board in real Chromium (issue 18): React Flow is handed only the nodes around
 * the view (src/canvas/cullNodes.ts), so everything that reaches a card far away must
 * bring it in — a link to a card (`#card=`) pans there, selects and focuses it; pointing
 * the minimap at the far end shows the cells there; the fit shows the whole board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bigMap } from '../bench/fixtures/bigMap';
import { cameraSettled } from './harness/board';
import { editLink } from './harness/field';
import { mapStage } from './harness/mapStage';

const map = { ...bigMap({ phases: 30, cards: 1500, seed: 3 }), id: 'e2e-big-board' };
const stage = mapStage(map);
const lastPhase = map.phases.at(-1)!.id;
// a card far below the view: the last lane, at the left (a selected card opens the card
// inspector on the right, which narrows the pane)
const far = map.cards.find((c) => c.laneId === 'ln-notes' && ['ph1', 'ph2'].includes(c.phaseId))!;
/** a cell of the last phase: cells are handed to React Flow only near the view */
const farCell = `cell:ln-touchpoints:${lastPhase}`;

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

describe('a big board reaches cards far out of view', () => {
  it('a link to a far card pans there, selects and focuses it', async () => {
    const token = await editLink(stage.relay, map.id);
    const { page, errors } = await stage.open('Ada', token);
    await page.setViewportSize({ width: 1200, height: 800 });
    await cameraSettled(page);
    await expect.poll(() => node(page, far.id).count()).toBe(0);
    await page.evaluate((id) => {
      window.location.hash = `card=${id}`;
    }, far.id);
    await page.reload();
    await node(page, far.id).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe(far.id);
    await expect.poll(() => node(page, far.id).getAttribute('class')).toMatch(/selected/);
    expect(errors).toEqual([]);
  });

  it('pointing the minimap at the far end shows the cells there, and the fit shows the whole board', async () => {
    const token = await editLink(stage.relay, map.id);
    const { page, errors } = await stage.open('Grace', token);
    await page.setViewportSize({ width: 1200, height: 800 });
    await cameraSettled(page);
    expect(await node(page, farCell).count()).toBe(0);
    // the minimap pans where it is pointed at: its right end, near the top
    const minimap = page.getByRole('img', { name: 'Overview map' });
    const box = (await minimap.boundingBox())!;
    await minimap.click({ position: { x: box.width - 3, y: 2 } });
    await cameraSettled(page);
    await node(page, farCell).waitFor();
    // the fit takes in every phase: the first phase's header shows again, with the last one
    await page.locator('.react-flow__controls-fitview').click();
    await cameraSettled(page, 30);
    // React Flow renders only what is in view: the first and the last cell of a middle lane
    // both rendered means the fit took in the whole width (the map is taller than the pane
    // at the smallest zoom, so the fit centres it and cuts top and bottom)
    for (const phaseId of ['ph1', lastPhase])
      await node(page, `cell:ln-painPoints:${phaseId}`).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
  });
});
