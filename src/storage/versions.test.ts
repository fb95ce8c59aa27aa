import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, buildSnapshot, exportMap, setCardText, updateMeta } from '../doc';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from './localMaps';
import { freshIndexedDbBackend, openStoredDoc } from './testBackend';
import { diffMaps, listVersions, loadVersion, restoreVersion, saveVersion } from './versions';

beforeEach(() => {
  freshIndexedDbBackend();
});

const openDoc = openStoredDoc;

describe('named versions', () => {
  it('saves, lists newest first, previews and restores as a new change that syncs', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Before' }));
    const doc = await openDoc(id);
    const snap = buildSnapshot(doc);
    const cell = { laneId: snap.lanes[0]!.id, phaseId: snap.phases[0]!.id };
    const kept = addCard(doc, { ...cell, text: 'kept card' });
    const v1 = await saveVersion(id, doc, '  after workshop 1 ');
    expect(v1).toMatchObject({ name: 'after workshop 1', title: 'Before', cardCount: 1 });

    updateMeta(doc, { title: 'After' });
    setCardText(doc, kept, 'edited card');
    addCard(doc, { ...cell, text: 'later card' });
    await saveVersion(id, doc, 'after workshop 2');
    expect((await listVersions(id)).map((v) => v.name)).toEqual([
      'after workshop 2',
      'after workshop 1',
    ]);

    const preview = await loadVersion(v1.id);
    expect(preview.title).toBe('Before');
    expect(diffMaps(exportMap(doc), preview)).toMatchObject({
      cardsRemoved: 1,
      cardsChanged: 1,
      cardsAdded: 0,
      titleChanged: true,
    });

    // a peer that has the current state must receive the restore as an ordinary update
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    await restoreVersion(doc, v1.id);
    updates.forEach((u) => Y.applyUpdate(peer, u));

    for (const d of [doc, peer]) {
      const map = exportMap(d);
      expect(map.title).toBe('Before');
      expect(map.cards.map((c) => c.text)).toEqual(['kept card']);
    }
  });

  it('refuses an empty name and unknown versions', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'X' }));
    const doc = await openDoc(id);
    await expect(saveVersion(id, doc, '   ')).rejects.toThrow();
    await expect(restoreVersion(doc, 'no-such-version')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
