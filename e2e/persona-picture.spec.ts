/**
 * The persona's picture in real Chromium against the real relay (#16 item 1): in
 * the persona band the facilitator picks files; a non-image and a broken image are
 * refused with a message and change nothing, a real PNG (600 × 400) is scaled to
 * 256 px and stored in the map (persona `x-image`), and a participant's band shows
 * it (alt text: the persona's name) instead of the initials. Removing it brings the
 * initials back on both screens.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editLink } from './harness/field';
import { mapStage } from './harness/mapStage';
import { loadFixture } from '../src/doc/testing/fixtures';

const map = loadFixture('saas-onboarding.journey.json');
const NAME = map.persona!.name;

const stage = mapStage(map);

const open = (name: string, token: string) => stage.open(name, token);

const band = (page: Page) => page.getByRole('region', { name: 'Persona and scenario' });
const storedPicture = (page: Page) =>
  page.evaluate(
    () => window.__journeyboard!.session!.store.getSnapshot().meta.persona?.['x-image'] ?? null,
  );
const PNG = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">' +
    '<rect width="600" height="400" fill="#2b8a3e"/><circle cx="300" cy="200" r="150" fill="#ffd43b"/></svg>',
).render();

describe('persona picture', () => {
  it('refuses bad files, stores a scaled picture that the others see, and removes it', async () => {
    const fac = await open('Fiona', stage.relay.adminToken);
    const lea = await open('Lea', await editLink(stage.relay, map.id));
    await band(fac.page)
      .getByRole('button', { name: /Show the persona/ })
      .click();
    const choose = band(fac.page).getByRole('button', { name: 'Choose a picture…' });
    await choose.waitFor({ timeout: 15_000 });
    const input = fac.page.locator('[data-testid="persona-picture-input"]');
    const alert = band(fac.page).getByRole('alert');

    // not an image, and an "image" that is none: a message each, nothing stored
    await input.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hi'),
    });
    await expect.poll(() => alert.textContent()).toContain('Only PNG, JPEG or WebP');
    await input.setInputFiles({
      name: 'broken.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really a png'),
    });
    await expect.poll(() => alert.textContent()).toContain('could not be read as a picture');
    expect(await alert.textContent()).toContain('Nothing was changed.');
    expect(await storedPicture(fac.page)).toBeNull();

    // a real picture: scaled to 256 px, stored in the map, shown to everyone
    await input.setInputFiles({ name: 'sam.png', mimeType: 'image/png', buffer: PNG.asPng() });
    await band(fac.page).getByRole('status').filter({ hasText: 'Picture set.' }).waitFor();
    const stored = await storedPicture(fac.page);
    expect(stored).toMatch(/^data:image\/(webp|jpeg|png);base64,/);
    expect((stored as string).length).toBeLessThan(256 * 1024 * (4 / 3) + 40);

    const leaPicture = band(lea.page).getByRole('img', { name: NAME });
    await leaPicture.waitFor({ timeout: 15_000 });
    expect(await storedPicture(lea.page)).toBe(stored);
    const size = await leaPicture.evaluate((img: HTMLImageElement) => [
      img.naturalWidth,
      img.naturalHeight,
    ]);
    expect(size).toEqual([256, 171]);
    expect(await band(lea.page).locator('span.jb-persona__avatar').count()).toBe(0);

    // removed: the initials are back on both screens
    await band(fac.page).getByRole('button', { name: 'Remove the picture' }).click();
    for (const { page } of [fac, lea]) {
      await expect
        .poll(() => band(page).locator('span.jb-persona__avatar').textContent())
        .toBe('SA');
      expect(await band(page).getByRole('img', { name: NAME }).count()).toBe(0);
    }
    expect(await storedPicture(lea.page)).toBeNull();
    expect(fac.errors).toEqual([]);
    expect(lea.errors).toEqual([]);
  });
});
