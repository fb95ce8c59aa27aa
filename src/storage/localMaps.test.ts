import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, createSnapshotStore, updateMeta, updatePersona } from '../doc';
import { standardTemplate } from '../model/templates';
import type { StorageBackend } from './backend';
import { queryCatalog } from './catalogEntry';
import { rebuildCatalog, trackCatalog } from './catalogSync';
import {
  createFromTemplate,
  createLocalMap,
  createSubjourney,
  createVariant,
  duplicateMap,
  emptyTrash,
  loadMap,
  restoreMap,
  trashMap,
} from './localMaps';
import { openMapStorage } from './mapStorage';
import { freshIndexedDbBackend } from './testBackend';

let backend: StorageBackend;
beforeEach(() => {
  backend = freshIndexedDbBackend();
});

async function openDoc(mapId: string) {
  const doc = new Y.Doc();
  const storage = openMapStorage(mapId, doc, { tabSync: false });
  await storage.whenLoaded;
  return { doc, storage };
}

describe('local maps and the catalog', () => {
  it('creates a map from a template, stores it and lists it', async () => {
    const id = await createLocalMap(standardTemplate('de', { title: 'Kfz' }));
    const entry = await backend.catalog.get(id);
    expect(entry).toMatchObject({
      title: 'Kfz',
      language: 'de',
      cardCount: 0,
      trashed: false,
      kind: 'map',
    });
    expect(entry!.phases).toHaveLength(9);
    expect((await loadMap(id))!.title).toBe('Kfz');
    await expect(
      createLocalMap({ ...standardTemplate('en', { title: 'x' }), id }),
    ).rejects.toMatchObject({ code: 'exists' });
  });

  it('tracks an open map: title, persona, tags and card text become searchable', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Onboarding' }));
    const { doc, storage } = await openDoc(id);
    const store = createSnapshotStore(doc);
    const tracker = trackCatalog(id, store, { debounceMs: 5 });
    const snap = store.getSnapshot();
    updateMeta(doc, { title: 'SaaS onboarding', tags: ['b2b'], state: 'future' });
    updatePersona(doc, { name: 'Petra Admin' });
    addCard(doc, {
      laneId: snap.lanes[0]!.id,
      phaseId: snap.phases[0]!.id,
      text: 'Invitation e-mail lands in spam',
    });
    await tracker.stop();
    await storage.flush();

    const entries = await backend.catalog.list();
    expect(entries[0]).toMatchObject({
      title: 'SaaS onboarding',
      tags: ['b2b'],
      state: 'future',
      personaName: 'Petra Admin',
      cardCount: 1,
    });
    for (const text of ['saas', 'b2b', 'petra', 'SPAM invitation']) {
      expect(queryCatalog(entries, { text }).map((e) => e.id)).toEqual([id]);
    }
    expect(queryCatalog(entries, { text: 'nowhere' })).toEqual([]);
    expect(queryCatalog(entries, { state: 'current' })).toEqual([]);
    storage.destroy();
  });

  it('duplicates, makes variants and subjourneys as new maps with links', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Claims' }));
    const source = (await loadMap(id))!;
    const copy = await duplicateMap(id, 'Claims (copy)');
    const variant = await createVariant(id, 'Austria', 'Claims – Austria');
    const sub = await createSubjourney(id, source.phases[3]!.id);
    expect(new Set([id, copy, variant, sub]).size).toBe(4);
    expect(await backend.catalog.get(variant)).toMatchObject({
      variantOf: id,
      variantLabel: 'Austria',
    });
    expect(await backend.catalog.get(sub)).toMatchObject({
      parentMapId: id,
      parentPhaseId: source.phases[3]!.id,
      title: 'Decision',
    });
    expect((await loadMap(copy))!.lanes).toEqual(source.lanes);
  });

  it('creates maps from a saved template document', async () => {
    const template = await createLocalMap(
      standardTemplate('de', { title: 'Vorlage', kind: 'template' }),
    );
    const id = await createFromTemplate(template, 'Aus Vorlage');
    expect(await backend.catalog.get(template)).toMatchObject({ kind: 'template' });
    expect(await backend.catalog.get(id)).toMatchObject({
      kind: 'map',
      title: 'Aus Vorlage',
      language: 'de',
    });
  });

  it('moves maps to the trash, restores them, and empties the trash for good', async () => {
    const keep = await createLocalMap(standardTemplate('en', { title: 'Keep' }));
    const drop = await createLocalMap(standardTemplate('en', { title: 'Drop' }));
    await trashMap(keep);
    await trashMap(drop);
    await restoreMap(keep);
    const entries = await backend.catalog.list();
    expect(queryCatalog(entries, {}).map((e) => e.title)).toEqual(['Keep']);
    expect(queryCatalog(entries, { trashed: true }).map((e) => e.title)).toEqual(['Drop']);
    expect(await emptyTrash()).toBe(1);
    expect(await backend.catalog.get(drop)).toBeUndefined();
    expect(await loadMap(drop)).toBeNull();
    expect(await loadMap(keep)).not.toBeNull();
  });

  it('rebuilds a lost catalog from the stored documents', async () => {
    const a = await createLocalMap(standardTemplate('en', { title: 'Alpha' }));
    const { doc, storage } = await openDoc(a);
    updateMeta(doc, { title: 'Alpha edited' });
    await storage.flush();
    storage.destroy();
    const b = await createLocalMap(standardTemplate('de', { title: 'Beta' }));
    await backend.catalog.clear();
    await backend.catalog.upsert({
      ...(await import('./catalogEntry')).entryFromMap(standardTemplate('en', { title: 'ghost' })),
    });

    const rebuilt = await rebuildCatalog();
    expect(rebuilt.map((e) => e.title).sort()).toEqual(['Alpha edited', 'Beta']);
    expect(rebuilt.map((e) => e.id).sort()).toEqual([a, b].sort());
  });
});
