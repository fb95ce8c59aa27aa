/**
 * Subjourneys in real Chromium against the real relay (#16 item 7): the German
 * sample map is imported through the file picker, "Create subjourney…" details its
 * phase "Kauf", and the new map opens with that phase's touchpoints as its phases and
 * copies of the phase's cards that name their originals (`x-source`). The subjourney
 * links to its parent, the parent's phase header links to the subjourney, and both
 * links open the other map. In the card panel an original names the subjourney that
 * details it, and the copy names its original's map. On the board a phase header's
 * "Create subjourney" (button or Alt+Enter) makes one too, opens it, and links back.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../src/model/types';
import { BoardPage, enableTestHook } from './harness/board';
import { newContext, watchErrors } from './harness/browser';
import { waitForMap } from './harness/field';
import type { RelayProcess } from './harness/relay';
import { closeStage, startStage } from './harness/stage';

const FIXTURE = new URL('../src/model/fixtures/kfz-versicherung.journey.json', import.meta.url);
const parentMap = JSON.parse(readFileSync(FIXTURE, 'utf8')) as JourneyMap;
const PHASE = parentMap.phases.find((p) => p.name === 'Kauf')!;

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => ({ relay, browser } = await startStage()));
afterAll(() => closeStage(contexts, browser, relay));

describe('subjourneys', () => {
  it('details one phase: its touchpoints as phases, copies naming their originals, links both ways', async () => {
    const context = await newContext(browser);
    contexts.push(context);
    await context.addInitScript(() => {
      (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${relay.url}/`);
    await page.setInputFiles('[data-testid="import-input"]', [
      {
        name: 'kfz-versicherung.journey.json',
        mimeType: 'application/json',
        buffer: readFileSync(FIXTURE),
      },
    ]);
    await page.getByText(`Imported “${parentMap.title}”.`).waitFor({ timeout: 30_000 });

    const row = page.getByRole('group', { name: `Actions for ${parentMap.title}` });
    await row.getByRole('button', { name: 'Create subjourney…' }).click();
    const dialog = page.getByRole('dialog', { name: `New subjourney of “${parentMap.title}”` });
    await dialog.getByLabel('Phase').selectOption({ label: 'Kauf' });
    await dialog.getByRole('button', { name: 'Create' }).click();

    // the new map opens
    const board = new BoardPage(page);
    await page.waitForFunction(
      (parentId) => {
        const id = window.__journeyboard?.session?.mapId;
        return id && id !== parentId ? id : null;
      },
      parentMap.id,
      { timeout: 30_000 },
    );
    const subId = await board.waitForMap();
    const sub = await board.exported();

    // its phases are the steps of "Kauf": the phase's touchpoints, in board order
    const touchLanes = new Set(
      parentMap.lanes.filter((l) => l.type === 'touchpoints').map((l) => l.id),
    );
    const originals = parentMap.cards.filter((c) => c.phaseId === PHASE.id);
    const touchpoints = originals.filter((c) => touchLanes.has(c.laneId));
    expect(touchpoints.length).toBeGreaterThan(0);
    expect(sub.phases.map((p) => p.name)).toEqual(touchpoints.map((c) => c.text.split('\n')[0]));
    expect(sub.title).toBe('Kauf');
    expect(sub.parent).toEqual({ mapId: parentMap.id, phaseId: PHASE.id });

    // its cards are copies of the phase's cards, each naming its original
    expect(sub.cards).toHaveLength(originals.length);
    const byOriginal = new Map(
      sub.cards.map((c) => [(c['x-source'] as { cardId: string }).cardId, c]),
    );
    for (const original of originals) {
      const copy = byOriginal.get(original.id);
      expect(copy, original.id).toBeDefined();
      expect(copy!['x-source']).toEqual({ mapId: parentMap.id, cardId: original.id });
      expect(copy!.id).not.toBe(original.id);
      expect(copy!.text).toBe(original.text);
      expect(copy!.laneId).toBe(original.laneId);
    }
    // a touchpoint's copy sits in its own step
    const steps = new Map(sub.phases.map((p) => [p.name, p.id]));
    for (const tp of touchpoints)
      expect(byOriginal.get(tp.id)!.phaseId).toBe(steps.get(tp.text.split('\n')[0]!));

    // the subjourney shows its parent, and the link opens it
    const up = page.getByRole('link', { name: `Part of “${parentMap.title}” › Kauf` });
    await up.waitFor({ timeout: 15_000 });
    await up.click();
    await waitForMap(page, parentMap.id);
    await board.waitForMap(parentMap.id);

    // the parent's phase "Kauf" shows the subjourney link, and it opens the subjourney
    const down = board.phaseHeader(PHASE.id).getByRole('link', { name: /Kauf/ });
    await down.waitFor({ timeout: 15_000 });
    expect(await down.getAttribute('href')).toBe(`/map/${encodeURIComponent(subId)}`);
    expect(await down.getAttribute('title')).toBe('Open the subjourney “Kauf”');
    // no other phase links to it
    expect(await page.locator('.jb-header__link').count()).toBe(1);

    // an original card's panel says which subjourney details it; another card's says nothing
    const panel = page.getByRole('region', { name: 'Card' });
    const other = parentMap.cards.find((c) => c.phaseId !== PHASE.id)!;
    await page.locator(`[data-card-id="${other.id}"]`).click();
    await panel.getByText(other.text.split('\n')[0]!).first().waitFor();
    expect(await panel.getByRole('heading', { name: 'Subjourney' }).count()).toBe(0);
    const tp = touchpoints[0]!;
    await page.locator(`[data-card-id="${tp.id}"]`).click();
    const detailed = panel.getByRole('link', { name: 'Detailed in the subjourney “Kauf”' });
    await detailed.waitFor({ timeout: 15_000 });
    await detailed.click();
    await waitForMap(page, subId);
    await board.waitForMap(subId);

    // and the copy names its original, linking back to the parent map
    await page.locator(`[data-card-id="${byOriginal.get(tp.id)!.id}"]`).click();
    const copyOf = panel.getByRole('link', { name: `Copy of a card in “${parentMap.title}”` });
    await copyOf.waitFor({ timeout: 15_000 });
    await copyOf.click();
    await waitForMap(page, parentMap.id);
    await down.click();
    await waitForMap(page, subId);
    expect(errors).toEqual([]);
  });

  it('creates a subjourney from a phase header on the board, by button and by Alt+Enter', async () => {
    const context = await newContext(browser);
    contexts.push(context);
    await enableTestHook(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const board = new BoardPage(page);
    await page.goto(`${relay.url}/`);
    await page.waitForFunction(() => window.__journeyboard !== undefined);
    const parentId = await page.evaluate(async () => {
      const hook = window.__journeyboard!;
      const id = await hook.createLocalMap(hook.standardTemplate('en', { title: 'Onboarding' }));
      hook.navigate(`/map/${id}`);
      return id;
    });
    await board.waitForMap(parentId);
    const { phases } = await board.ids();
    const [first, second] = [phases[0]!, phases[1]!];
    const opened = (notId: string) =>
      page.waitForFunction(
        (id) => {
          const open = window.__journeyboard?.session?.mapId;
          return open && open !== id ? open : null;
        },
        notId,
        { timeout: 30_000 },
      );

    // the header's tool button (shown on hover) details the phase and opens the new map
    const header = board.phaseHeader(first.id);
    await header.hover();
    await header
      .getByRole('button', { name: `Create subjourney (Alt+Enter): ${first.name}` })
      .click();
    const subId = (await (await opened(parentId)).jsonValue()) as string;
    await board.waitForMap(subId);
    const sub = await board.exported();
    expect(sub.title).toBe(first.name);
    expect(sub.parent).toEqual({ mapId: parentId, phaseId: first.id });
    // an empty phase has no touchpoints: three empty steps
    expect(sub.phases).toHaveLength(3);

    // it links back to the phase, and the phase's header links to it
    await page.getByRole('link', { name: `Part of “Onboarding” › ${first.name}` }).click();
    await board.waitForMap(parentId);
    const down = board.phaseHeader(first.id).getByRole('link', { name: `↳ ${first.name}` });
    await down.waitFor({ timeout: 15_000 });
    expect(await down.getAttribute('href')).toBe(`/map/${encodeURIComponent(subId)}`);

    // by keyboard: the focused phase header, Alt+Enter
    await board.phaseHeader(second.id).focus();
    expect(await board.focusedNodeId()).toBe(`phase:${second.id}`);
    await page.keyboard.press('Alt+Enter');
    const keyId = (await (await opened(parentId)).jsonValue()) as string;
    expect(keyId).not.toBe(subId);
    await board.waitForMap(keyId);
    expect((await board.exported()).parent).toEqual({ mapId: parentId, phaseId: second.id });
    await page.getByRole('link', { name: `Part of “Onboarding” › ${second.name}` }).waitFor();
    expect(errors).toEqual([]);
  });
});
