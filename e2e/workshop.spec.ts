/**
 * Live workshop with three people in three browser contexts on one real relay:
 * a facilitator (admin token) and two participants (edit links). Names and cursors
 * reach the others, a full dot vote, a timer everyone sees alike, a lock that
 * blocks an edit, and a comment that appears live.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchErrors } from './harness/browser';
import { cameraSettled } from './harness/board';
import { editLink, personContext, seedRoom } from './harness/field';
import { startRelay, type RelayProcess } from './harness/relay';
import { loadFixture } from '../src/doc/testing/fixtures';

const map = loadFixture('saas-onboarding.journey.json');
const mapId = map.id;

let relay: RelayProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[][] = [];
let fac: Page;
let lea: Page;
let max: Page;

async function open(name: string, id: string, token: string): Promise<Page> {
  // settings as zustand persists them, the test hook, and "already joined"
  const context = await personContext(browser, name, id);
  contexts.push(context);
  const page = await context.newPage();
  errors.push(watchErrors(page));
  await page.goto(`${relay.url}/map/${mapId}?t=${encodeURIComponent(token)}`);
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
  return page;
}

const people = (page: Page) => page.getByRole('list', { name: 'People in this workshop' });
const seconds = (mss: string) => {
  const [m, s] = mss.split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

beforeAll(async () => {
  relay = await startRelay();
  await seedRoom(relay, map);
  browser = await launchBrowser();
  const token = await editLink(relay, mapId);
  fac = await open('Fiona', 'user-fiona', relay.adminToken);
  lea = await open('Lea', 'user-lea', token);
  max = await open('Max', 'user-max', token);
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await relay?.dispose();
});

describe('live workshop', () => {
  it('shows everyone by name and role, and their cursors', async () => {
    await expect
      .poll(
        () =>
          people(lea)
            .getByRole('button', { name: /Fiona, facilitator/ })
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    await expect
      .poll(() =>
        people(fac)
          .getByRole('button', { name: /Lea, editor/ })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        people(fac)
          .getByRole('button', { name: /Max, editor/ })
          .count(),
      )
      .toBe(1);

    const pane = lea.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    for (let i = 0; i < 5; i++) await lea.mouse.move(box.x + 300 + i * 20, box.y + 250);
    await expect
      .poll(() => fac.locator('[data-testid="remote-cursor"][data-user="Lea"]').count(), {
        timeout: 10_000,
      })
      .toBe(1);
    await expect
      .poll(() => max.locator('[data-testid="remote-cursor"][data-user="Lea"]').count())
      .toBe(1);
  });

  it('runs a full dot vote', async () => {
    // a second pain point, next to the first, so there is something to rank
    await fac.evaluate(() => {
      type Hook = {
        session: {
          doc: unknown;
          store: { getSnapshot(): { cards: Map<string, { phaseId: string }> } };
        };
        commands: { addCard: (doc: unknown, c: object) => string };
      };
      const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
      const phaseId = hook.session.store.getSnapshot().cards.get('p1')!.phaseId;
      hook.commands.addCard(hook.session.doc, {
        id: 'p2',
        laneId: 'ln-painPoints',
        phaseId,
        text: 'Password rules unclear',
      });
    });

    await fac.getByLabel(/Vote on/).selectOption('painPoints');
    await fac.getByLabel(/Dots per person/).fill('2');
    await fac.getByRole('button', { name: 'Start vote' }).click();
    await expect.poll(() => lea.getByText(/2 of 2 dots left/).count(), { timeout: 10_000 }).toBe(1);

    const dot = (page: Page, cardId: string) =>
      page
        .locator(`.react-flow__node[data-id="${cardId}"]`)
        .getByRole('button', { name: 'Add a dot' });
    await dot(lea, 'p1').click();
    await dot(lea, 'p1').click();
    await dot(max, 'p1').click();
    await dot(max, 'p2').click();
    await expect.poll(() => lea.getByText(/0 of 2 dots left/).count()).toBe(1);
    // hidden until reveal
    await expect.poll(() => fac.getByText('Ballots: 2').count(), { timeout: 10_000 }).toBe(1);
    expect(await lea.locator('.react-flow__node[data-id="p1"]').getByText('3 dots').count()).toBe(
      0,
    );

    await fac.getByRole('button', { name: 'Reveal' }).click();
    for (const page of [fac, lea, max]) {
      const results = page.getByRole('region', { name: 'Results' });
      await expect
        .poll(() => results.textContent(), { timeout: 10_000 })
        .toMatch(/Email verification[\s\S]*3 dots[\s\S]*Password rules unclear[\s\S]*1 dot(?!s)/);
    }
    const votes = await max.evaluate(
      () =>
        (
          window as unknown as {
            __journeyboard: {
              session: { store: { getSnapshot(): { cards: Map<string, { votes?: number }> } } };
            };
          }
        ).__journeyboard.session.store
          .getSnapshot()
          .cards.get('p1')?.votes,
    );
    // the fixture's imported dots stay; this round's add on top
    expect(votes).toBe((map.cards.find((c) => c.id === 'p1')?.votes ?? 0) + 3);
    await fac.getByRole('button', { name: 'End vote' }).click();
  });

  it('shows the same timer on every screen', async () => {
    await fac.getByLabel('Minutes').fill('5');
    await fac.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => max.getByRole('timer').count(), { timeout: 10_000 }).toBe(1);
    const [a, b, c] = await Promise.all(
      [fac, lea, max].map((p) => p.getByRole('timer').textContent()),
    );
    const values = [a, b, c].map((v) => seconds(v ?? ''));
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
    expect(values[0]).toBeGreaterThan(280);
    await fac.getByRole('button', { name: 'Stop' }).click();
  });

  it('blocks an edit in a lane the facilitator locked', async () => {
    await fac.locator('.jb-ws-menu summary').click();
    await fac.getByLabel(/Lock Pain points/i).check();
    await expect
      .poll(
        () =>
          lea
            .locator('.react-flow__node[data-id="p1"]')
            .getByRole('img', { name: 'Locked by the facilitator' })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(1);
    await lea.locator('.react-flow__node[data-id="p1"]').dblclick();
    expect(await lea.locator('.react-flow__node[data-id="p1"] textarea').count()).toBe(0);
    // other lanes stay editable for her
    expect(await lea.getByRole('button', { name: /Add phase/ }).count()).toBe(1);

    // the whole map: her editing controls go, the toolbar says why
    await fac.getByLabel('Lock the whole map').check();
    await expect
      .poll(() => lea.getByRole('button', { name: /Add phase/ }).count(), { timeout: 10_000 })
      .toBe(0);
    expect(await lea.locator('.jb-readonly').textContent()).toBe('Locked');
    await fac.getByRole('button', { name: 'Unlock all' }).click();
    await expect
      .poll(() => lea.getByRole('button', { name: /Add phase/ }).count(), { timeout: 10_000 })
      .toBe(1);
  });

  it('lets the facilitator present phase by phase; participants follow, break away and rejoin', async () => {
    const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');
    // the phase a follower's strip says is presented: wait for it, not for a camera move
    // (one still animating towards the last phase would look like the next one)
    const presented = (page: Page) =>
      page.locator('.jb-ws-strip').getAttribute('data-presented-phase');
    const phaseIds = await fac.evaluate(() =>
      window.__journeyboard!.session!.store.getSnapshot().phases.map((p) => p.id),
    );
    const before = await viewport(lea);
    await fac.getByRole('button', { name: 'Present', exact: true }).click();
    await expect
      .poll(() => lea.getByText('Fiona is presenting').count(), { timeout: 10_000 })
      .toBe(1);
    await expect.poll(() => presented(lea), { timeout: 10_000 }).toBe(phaseIds[0]);
    await expect.poll(() => viewport(lea), { timeout: 10_000 }).not.toBe(before);
    const first = await viewport(lea);
    await fac.getByRole('button', { name: 'Next phase' }).click();
    await expect.poll(() => presented(lea), { timeout: 10_000 }).toBe(phaseIds[1]);
    await expect.poll(() => presented(max), { timeout: 10_000 }).toBe(phaseIds[1]);
    await expect.poll(() => viewport(lea), { timeout: 10_000 }).not.toBe(first);

    // Lea zooms on her own: she breaks away, Max still follows
    const box = (await lea.locator('.react-flow__pane').boundingBox())!;
    await lea.mouse.move(box.x + 200, box.y + 200);
    await lea.mouse.wheel(0, -300);
    await expect
      .poll(() => lea.getByRole('button', { name: 'Rejoin' }).count(), { timeout: 10_000 })
      .toBe(1);
    await expect
      .poll(() => max.getByRole('button', { name: 'Stop following', exact: true }).count())
      .toBe(1);
    await lea.getByRole('button', { name: 'Rejoin' }).click();
    await expect
      .poll(() => lea.getByRole('button', { name: 'Stop following', exact: true }).count())
      .toBe(1);

    await fac.getByRole('button', { name: 'Stop presenting' }).click();
    await expect
      .poll(() => lea.getByText('Fiona is presenting').count(), { timeout: 10_000 })
      .toBe(0);
  });

  it("follows a person's viewport after a click on their avatar, until clicked again", async () => {
    const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style');
    const fionaCursor = (page: Page) =>
      page.locator('[data-testid="remote-cursor"][data-user="Fiona"]').getAttribute('style');
    const nextFrame = (page: Page) =>
      page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
    const fiona = people(max).getByRole('button', { name: /Fiona, facilitator/ });
    await fiona.click();
    await expect.poll(() => fiona.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => max.getByText('Following Fiona').count()).toBe(1);
    const before = await viewport(max);
    const box = (await fac.locator('.react-flow__pane').boundingBox())!;
    await fac.mouse.move(box.x + 150, box.y + 150);
    await fac.mouse.wheel(0, 400);
    await expect.poll(() => viewport(max), { timeout: 10_000 }).not.toBe(before);
    await fiona.click();
    await expect.poll(() => max.getByText('Following Fiona').count()).toBe(0);
    // leaving stops a camera move under way where it is (useFollowCamera)
    await nextFrame(max);
    const stopped = await viewport(max);
    const cursorBefore = await fionaCursor(max);
    await fac.mouse.wheel(0, -400);
    // her presence carries her viewport with her pointer: once her cursor moved on
    // Max's board, her new viewport has reached him too
    await fac.mouse.move(box.x + 160, box.y + 170);
    await expect.poll(() => fionaCursor(max), { timeout: 10_000 }).not.toBe(cursorBefore);
    await nextFrame(max);
    expect(await viewport(max)).toBe(stopped);
  });

  it("shows a card moving on the others' screens before it is dropped", async () => {
    // the presentation left Lea's camera on one phase: see the whole board again
    await lea.locator('.jb-toolbar').getByRole('button', { name: 'Fit to screen' }).click();
    const card = lea.locator('.react-flow__node[data-id="n1"]');
    await card.waitFor();
    await cameraSettled(lea); // the fit animates
    const box = (await card.boundingBox())!;
    await lea.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await lea.mouse.down();
    for (let i = 1; i <= 6; i++)
      await lea.mouse.move(box.x + box.width / 2 + i * 15, box.y + box.height / 2 + i * 5);
    await expect
      .poll(() => fac.locator('[data-testid="drag-ghost"]').count(), { timeout: 10_000 })
      .toBe(1);
    await lea.mouse.up();
    await expect
      .poll(() => fac.locator('[data-testid="drag-ghost"]').count(), { timeout: 10_000 })
      .toBe(0);
  });

  it('shows a new comment live to the others', async () => {
    await lea.evaluate(() => {
      const hook = (
        window as unknown as {
          __journeyboard: {
            session: { doc: unknown };
            commands: { addComment: (doc: unknown, cardId: string, c: object) => string };
          };
        }
      ).__journeyboard;
      hook.commands.addComment(hook.session.doc, 'p1', {
        author: 'Lea',
        text: 'Seen this in support tickets too',
      });
    });
    await max.evaluate(() => {
      const hook = (
        window as unknown as {
          __journeyboard: {
            ui: { getState(): { selectCards(ids: string[]): void; setOpenPanel(p: string): void } };
          };
        }
      ).__journeyboard;
      hook.ui.getState().selectCards(['p1']);
      hook.ui.getState().setOpenPanel('card');
    });
    await expect
      .poll(() => max.getByText('Seen this in support tickets too').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    for (const e of errors) expect(e).toEqual([]);
  });
});
