/**
 * The team repository in real Chromium against the real relay: two browser profiles
 * (persistent user-data-dirs) are two devices of one team. A map made on device 1
 * appears on device 2's home screen, opens there and edits sync; device 2 then goes
 * offline and still opens it. A third profile with a workspace edit link sees and edits
 * every map, including one pushed by the CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as journey } from '../src/cli/main';
import { chromiumPath, watchErrors } from './harness/browser';
import { startRelay, type RelayProcess } from './harness/relay';

let relay: RelayProcess;
const contexts: BrowserContext[] = [];
const dirs: string[] = [];
let device1: Page;
let device2: Page;
let device2Context: BrowserContext;
let mapId = '';
const TITLE = 'Claims journey of the team';

type Hook = {
  session: { mapId: string; doc: unknown; store: { getSnapshot(): unknown } } | null;
  commands: {
    snapshotToMap(s: unknown): { title: string };
    updateMeta(doc: unknown, patch: { title: string }): void;
  };
  navigate(path: string): void;
};

/** A device: its own Chromium profile on disk, as a person's browser is. */
async function device(name: string): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), `jb-team-${name}-`));
  dirs.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  contexts.push(context);
  await context.addInitScript(
    ([n]) => {
      localStorage.setItem(
        'journeyboard.settings',
        JSON.stringify({
          state: { userId: `user-${n}`, displayName: n, color: '#1f618d' },
          version: 1,
        }),
      );
      localStorage.setItem('journeyboard.workshop.joined', '1');
      (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
    },
    [name] as const,
  );
  return context;
}

const hookOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __journeyboard?: Hook }).__journeyboard !== undefined,
  );

function title(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    return hook.session
      ? hook.commands.snapshotToMap(hook.session.store.getSnapshot()).title
      : null;
  });
}

function rename(page: Page, to: string): Promise<void> {
  return page.evaluate((t) => {
    const hook = (window as unknown as { __journeyboard: Hook }).__journeyboard;
    hook.commands.updateMeta(hook.session!.doc, { title: t });
  }, to);
}

function go(page: Page, path: string): Promise<void> {
  return page.evaluate(
    (p) => (window as unknown as { __journeyboard: Hook }).__journeyboard.navigate(p),
    path,
  );
}

const row = (page: Page, name: string) => page.getByRole('listitem', { name });

beforeAll(async () => {
  relay = await startRelay();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await relay?.dispose();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the team repository across devices', () => {
  it('a map made on device 1 shows on device 2, opens there and edits sync both ways', async () => {
    device1 = await (await device('one')).newPage();
    const errors1 = watchErrors(device1);
    await device1.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    device2Context = await device('two');
    device2 = await device2Context.newPage();
    const errors2 = watchErrors(device2);
    await device2.goto(`${relay.url}/?t=${encodeURIComponent(relay.adminToken)}`);
    await device2.getByRole('form', { name: 'New map' }).waitFor();

    const form = device1.getByRole('form', { name: 'New map' });
    await form.getByLabel('Title').fill(TITLE);
    await form.getByRole('button', { name: 'Create' }).click();
    await device1.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    mapId = await device1.evaluate(
      () => (window as unknown as { __journeyboard: Hook }).__journeyboard.session!.mapId,
    );

    // device 2's home lists it as a team map without a reload
    await row(device2, TITLE).waitFor({ timeout: 15_000 });
    expect(await row(device2, TITLE).textContent()).toContain('Team');
    await row(device2, TITLE).getByRole('link', { name: TITLE }).click();
    await device2.getByRole('heading', { name: TITLE }).waitFor({ timeout: 30_000 });
    expect(await hookOf(device2)).toBe(true);

    await rename(device2, 'Renamed on device 2');
    await expect.poll(() => title(device1), { timeout: 15_000 }).toBe('Renamed on device 2');
    await rename(device1, 'Renamed on device 1');
    await expect.poll(() => title(device2), { timeout: 15_000 }).toBe('Renamed on device 1');

    // the home screen of device 2 now has it in both places
    await go(device2, '/');
    await expect
      .poll(() => row(device2, 'Renamed on device 1').textContent(), { timeout: 15_000 })
      .toContain('Team and this device');
    expect(errors1).toEqual([]);
    expect(errors2).toEqual([]);
  });

  it('device 2 offline still opens the team map it opened once', async () => {
    await device2Context.setOffline(true);
    await go(device2, `/map/${mapId}`);
    await device2
      .getByRole('heading', { name: 'Renamed on device 1' })
      .waitFor({ timeout: 30_000 });
    expect(await title(device2)).toBe('Renamed on device 1');
    await go(device2, '/');
    await device2.getByText('The team repository cannot be reached').waitFor({ timeout: 15_000 });
    expect(await row(device2, 'Renamed on device 1').count()).toBe(1);
    await device2Context.setOffline(false);
  });

  it('a workspace edit link on a third profile sees and edits every map', async () => {
    const pushed = await journey(
      [
        'push',
        'src/model/fixtures/saas-onboarding.journey.json',
        '--relay',
        relay.wsUrl,
        '--token',
        relay.adminToken,
      ],
      { stdout: () => {}, stderr: () => {}, cwd: process.cwd() },
    );
    expect(pushed).toBe(0);
    // the admin makes the workspace link on the home screen
    await go(device1, '/');
    await device1.getByText('Team links', { exact: true }).click();
    await device1.getByLabel('Role').selectOption('edit');
    await device1.getByRole('button', { name: 'Create team link' }).click();
    const linkBox = device1.getByLabel('Team link', { exact: true });
    await linkBox.waitFor();
    const url = await linkBox.inputValue();
    expect(url).toMatch(new RegExp(`^${relay.url}/\\?t=v1\\.`));

    const third = await (await device('three')).newPage();
    const errors3 = watchErrors(third);
    // before the link: a map made on this device alone
    await third.goto(relay.url);
    const form = third.getByRole('form', { name: 'New map' });
    await form.getByLabel('Title').fill('Made before joining');
    await form.getByRole('button', { name: 'Create' }).click();
    await third.getByRole('heading', { name: 'Made before joining' }).waitFor({ timeout: 30_000 });
    await third.goto(url);
    await row(third, 'Renamed on device 1').waitFor({ timeout: 15_000 });
    const saasTitle = 'SaaS onboarding (to-be)';
    await row(third, saasTitle).waitFor({ timeout: 15_000 });
    const listed = await third.locator('.home-maps > li').count();
    expect(listed).toBe(3);
    // publish the device-only map: then the team (device 1) lists it too
    const own = row(third, 'Made before joining');
    expect(await own.textContent()).toContain('This device only');
    await own.getByRole('button', { name: 'Publish to team' }).click();
    await expect
      .poll(() => own.textContent(), { timeout: 15_000 })
      .toContain('Team and this device');
    await go(device1, '/');
    await row(device1, 'Made before joining').waitFor({ timeout: 15_000 });
    await go(device1, `/map/${mapId}`);
    await device1
      .getByRole('heading', { name: 'Renamed on device 1' })
      .waitFor({ timeout: 30_000 });

    await row(third, 'Renamed on device 1').getByRole('link').click();
    await third.getByRole('heading', { name: 'Renamed on device 1' }).waitFor({ timeout: 30_000 });
    await rename(third, 'Edited with the workspace link');
    await expect
      .poll(() => title(device1), { timeout: 15_000 })
      .toBe('Edited with the workspace link');
    // an edit link may not trash maps on the relay: the row offers no team trash
    await go(third, '/');
    await row(third, 'Edited with the workspace link').waitFor({ timeout: 15_000 });
    expect(await third.getByRole('button', { name: 'Move to team trash' }).count()).toBe(0);
    expect(errors3).toEqual([]);
  });
});
