/**
 * The workshop timer's end in real Chromium against the real relay (#16 item 5): the
 * facilitator starts the countdown with the timer form, a participant mutes the chime
 * and reloads (the choice is remembered on her device), then the facilitator restarts
 * the countdown with a few seconds (the test hook's timer command: the form's minimum
 * is half a minute). At zero both strips turn to the end state, both live regions say
 * "Time is up", the facilitator's page plays the chime and the muted one does not.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editLink } from './harness/field';
import { mapStage } from './harness/mapStage';
import { loadFixture } from '../src/doc/testing/fixtures';

const map = loadFixture('saas-onboarding.journey.json');

const stage = mapStage(map);

/** A person's page on the workshop map; counts the chimes (AudioContexts made). */
function open(name: string, token: string): Promise<{ page: Page; errors: string[] }> {
  return stage.open(name, token, (context) =>
    context.addInitScript(() => {
      const w = window as unknown as { __chimes: number; AudioContext: typeof AudioContext };
      w.__chimes = 0;
      const Real = w.AudioContext;
      w.AudioContext = class extends Real {
        constructor(options?: AudioContextOptions) {
          super(options);
          w.__chimes++;
        }
      };
    }),
  );
}

const chimes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __chimes: number }).__chimes);
const timerGroup = (page: Page) => page.getByRole('group', { name: 'Timer' });
const timeLabel = (page: Page) => page.getByRole('timer').getAttribute('aria-label');

describe('workshop timer', () => {
  it('ends on every screen: red strip, "Time is up" announced, the chime unless muted (remembered)', async () => {
    const fac = await open('Fiona', stage.relay.adminToken);
    const lea = await open('Lea', await editLink(stage.relay, map.id));

    // a real countdown from the facilitator's form reaches the participant
    await fac.page.getByLabel('Minutes').fill('10');
    await fac.page.getByRole('button', { name: 'Start timer' }).click();
    const mute = lea.page.getByRole('button', { name: 'Mute the chime at the end' });
    await mute.waitFor({ timeout: 15_000 });
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');

    // the choice is this device's: kept across a reload
    await lea.page.reload();
    await lea.page.waitForSelector('.react-flow__node', { timeout: 60_000 });
    await expect.poll(() => timeLabel(lea.page), { timeout: 15_000 }).toMatch(/ left$/);
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => timeLabel(fac.page)).toMatch(/ left$/);
    expect(await timerGroup(fac.page).getAttribute('class')).not.toContain('jb-ws-ended');

    // both watch it run; the facilitator restarts it with a few seconds
    await fac.page.evaluate(() => {
      const hook = window.__journeyboard!;
      hook.startWorkshopTimer(hook.session!.doc, 2_000, Date.now());
    });
    for (const { page } of [fac, lea]) {
      await expect
        .poll(() => page.locator('.jb-ws-timer').getAttribute('class'), { timeout: 20_000 })
        .toContain('jb-ws-ended');
      expect(await timeLabel(page)).toBe('Time is up');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Time is up' }).count())
        .toBe(1);
      expect(await page.getByRole('timer').textContent()).toBe('0:00');
    }
    // the facilitator hears it; the participant who muted it does not
    await expect.poll(() => chimes(fac.page)).toBe(1);
    expect(await chimes(lea.page)).toBe(0);
    expect(fac.errors).toEqual([]);
    expect(lea.errors).toEqual([]);
  });
});
