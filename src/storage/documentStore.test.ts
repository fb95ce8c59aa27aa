import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentStoreContract } from './documentStore.contract';
import { IdbDocumentStore } from './idbDocumentStore';
import { MemoryDocumentStore } from './memoryDocumentStore';
import type { NoteStorage } from './contentNotes';

/** node has no localStorage: the notes of stored content go to a map standing in for it */
function noteStorage(): NoteStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

documentStoreContract(
  'IndexedDB (y-indexeddb)',
  () => new IdbDocumentStore(undefined, { noteStorage: noteStorage() }),
);
documentStoreContract('in-memory fake', () => new MemoryDocumentStore());

describe('IdbDocumentStore', () => {
  afterEach(() => {
    delete (indexedDB as { databases?: unknown }).databases;
  });

  it('works where the browser cannot list its databases', async () => {
    // e.g. older Firefox: no indexedDB.databases(); hide the prototype's method
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    const stored = `nolist-${Date.now()}`;
    const store = new IdbDocumentStore('nolist:', {
      knownIds: async () => [stored, 'listed-but-gone'],
    });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'here');
    await store.append(stored, Y.encodeStateAsUpdate(doc));
    expect(await store.read('never-stored')).toBeNull();
    expect(await store.list()).toEqual([stored]);
    expect(Y.decodeUpdate((await store.read(stored))!).structs.length).toBeGreaterThan(0);

    delete (indexedDB as { databases?: unknown }).databases;
    // reading an unknown map did not create an empty database for it
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(`nolist:${stored}`);
    expect(names).not.toContain('nolist:never-stored');
    expect(names).not.toContain('nolist:listed-but-gone');
  });

  it('notes a map stored before notes existed when it first loads it', async () => {
    const notes = noteStorage();
    const store = new IdbDocumentStore('oldnote:', { noteStorage: notes });
    const id = `old-${Date.now()}`;
    await store.append(id, Y.encodeStateAsUpdate(new Y.Doc({ gc: false })));
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'kept');
    await store.append(id, Y.encodeStateAsUpdate(doc));
    notes.removeItem(`journeyboard.stored.oldnote:${id}`); // as stored by an older version
    expect(store.noted(id)).toBe(false);
    const reopened = new Y.Doc();
    const binding = store.attach(id, reopened);
    await binding.whenLoaded;
    expect(reopened.getText('t').toString()).toBe('kept');
    expect(store.noted(id)).toBe(true);
    await binding.destroy();
  });

  it('without any storage for notes, nothing is noted and everything still loads', async () => {
    const store = new IdbDocumentStore('nonote:', { noteStorage: null });
    const id = `nonote-${Date.now()}`;
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'here');
    await store.append(id, Y.encodeStateAsUpdate(doc));
    expect(store.noted(id)).toBe(false);
    expect(Y.decodeUpdate((await store.read(id))!).structs.length).toBeGreaterThan(0);
  });

  it('compacts a long history into one update without losing content', async () => {
    const store = new IdbDocumentStore();
    const id = `compact-${Date.now()}`;
    const doc = new Y.Doc();
    const binding = store.attach(id, doc);
    await binding.whenLoaded;
    for (let i = 0; i < 520; i++) {
      const sv = Y.encodeStateVector(doc);
      doc.getArray<number>('n').push([i]);
      await binding.store(Y.encodeStateAsUpdate(doc, sv));
    }
    await binding.destroy();

    const { openYDatabase, request } = await import('./idb');
    const db = await openYDatabase(`journeyboard-map:${id}`);
    const count = await request(db.transaction(['updates']).objectStore('updates').count());
    db.close();
    expect(count).toBeLessThan(100);

    const reread = new Y.Doc();
    Y.applyUpdate(reread, (await store.read(id))!);
    expect(reread.getArray<number>('n').length).toBe(520);
  });
});
