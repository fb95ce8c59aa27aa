import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { renameOwnerTeam, updateAction } from '../doc';
import { loadFixture } from '../model/fixtures.testkit';
import { toTemplate } from '../model/templates';
import type { JourneyMap } from '../model/types';
import { createLocalMap, loadMap, trashMap } from './localMaps';
import { deviceMaps, deviceVocabulary, listSourcedMaps } from './mapSources';
import { freshIndexedDbBackend } from './testBackend';

const kfz = () => loadFixture('kfz-versicherung') as unknown as JourneyMap;
const saas = () => loadFixture('saas-onboarding') as unknown as JourneyMap;

beforeEach(() => {
  freshIndexedDbBackend();
});

describe('deviceMaps', () => {
  it('lists the live maps of this device, not templates or trashed maps', async () => {
    await createLocalMap(kfz());
    await createLocalMap(saas());
    await createLocalMap(toTemplate(kfz(), { id: 'tpl' }));
    await createLocalMap({ ...saas(), id: 'gone' });
    await trashMap('gone');
    const maps = await listSourcedMaps([deviceMaps]);
    expect(maps.map((m) => m.map.id).sort()).toEqual(['kfz-versicherung-2026', 'saas-onboarding']);
    expect(maps[0]?.source).toBe('device');
  });

  it('saves a change as an ordinary doc command and keeps the catalog row in step', async () => {
    await createLocalMap(kfz());
    await deviceMaps.change('kfz-versicherung-2026', (doc) =>
      updateAction(doc, 'ac2', { status: 'done' }),
    );
    expect(
      (await loadMap('kfz-versicherung-2026'))?.actions?.find((a) => a.id === 'ac2')?.status,
    ).toBe('done');
    await deviceMaps.change('kfz-versicherung-2026', (doc) => {
      renameOwnerTeam(doc, ['Nobody'], 'Somebody');
    });
    await expect(deviceMaps.change('nope', () => {})).rejects.toThrow('not on this device');
  });
});

describe('deviceVocabulary', () => {
  it('gathers owner teams of every map on the device for card pickers', async () => {
    await createLocalMap(kfz());
    await createLocalMap(saas());
    const v = await deviceVocabulary(0);
    expect(v.ownerTeams).toEqual(expect.arrayContaining(['Kundenservice', 'Growth', 'Product']));
    expect(v.tags).toContain('Kfz');
  });
});
