import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc, createSnapshotStore, updateMeta } from '../doc';
import { standardTemplate } from '../model/templates';
import { setStorageBackend, type StorageBackend } from './backend';
import { entryFromMap } from './catalogEntry';
import { reconcileCatalog, trackCatalog } from './catalogSync';
import { StorageError } from './errors';
import { createLocalMap, trashMap } from './localMaps';
import { MemoryCatalogStore } from './memoryCatalogStore';
import { MemoryDocumentStore } from './memoryDocumentStore';
import { freshIndexedDbBackend } from './testBackend';
import { MemoryVersionStore } from './versionStore';

const backends: [string, () => StorageBackend][] = [
  [
    'in-memory fakes',
    () => {
      const backend = {
        documents: new MemoryDocumentStore(),
        catalog: new MemoryCatalogStore(),
        versions: new MemoryVersionStore(),
      };
      setStorageBackend(backend);
      return backend;
    },
  ],
  ['IndexedDB + Dexie', freshIndexedDbBackend],
];

describe.each(backends)('reconcileCatalog (%s)', (_name, make) => {
  it('lists a map whose row was never written (the tab closed between the two writes)', async () => {
    const backend = make();
    const kept = await createLocalMap(standardTemplate('en', { title: 'Listed' }));
    // createLocalMap writes the document first, then the row: stop after the first
    const lost = standardTemplate('de', { title: 'Halb angelegt' });
    await backend.documents.append(lost.id, Y.encodeStateAsUpdate(createMapDoc(lost)));
    expect((await backend.catalog.list()).map((e) => e.id)).toEqual([kept]);

    const repair = await reconcileCatalog();
    expect(repair.added).toEqual([lost.id]);
    expect(repair.removed).toEqual([]);
    expect(repair.entries.map((e) => e.title).sort()).toEqual(['Halb angelegt', 'Listed']);
    expect(await backend.catalog.get(lost.id)).toMatchObject({
      title: 'Halb angelegt',
      language: 'de',
      trashed: false,
    });
  });

  it('leaves nothing behind when a create fails between the document and the row', async () => {
    const backend = make();
    backend.catalog.upsert = async () => {
      throw new StorageError('write-failed', 'disk hiccup');
    };
    const map = standardTemplate('en', { title: 'Never listed' });
    await expect(createLocalMap(map)).rejects.toMatchObject({ code: 'write-failed' });
    expect(await backend.documents.read(map.id)).toBeNull();
    expect((await reconcileCatalog()).added).toEqual([]);
  });

  it('drops rows whose document is gone, in the trash too, and keeps the flags of the rest', async () => {
    const backend = make();
    const trashed = await createLocalMap(standardTemplate('en', { title: 'In the trash' }));
    await trashMap(trashed);
    const orphan = standardTemplate('en', { title: 'No document' });
    await backend.catalog.upsert(entryFromMap(orphan));
    const trashedOrphan = standardTemplate('en', { title: 'Trashed, no document' });
    await backend.catalog.upsert(entryFromMap(trashedOrphan));
    await backend.catalog.setFlags(trashedOrphan.id, { trashed: true });

    const repair = await reconcileCatalog();
    expect([...repair.removed].sort()).toEqual([orphan.id, trashedOrphan.id].sort());
    expect(repair.added).toEqual([]);
    expect(repair.entries.map((e) => e.id)).toEqual([trashed]);
    expect(await backend.catalog.get(trashed)).toMatchObject({ trashed: true });
  });

  it('changes nothing when rows and documents agree', async () => {
    const backend = make();
    await createLocalMap(standardTemplate('en', { title: 'A' }));
    await createLocalMap(standardTemplate('en', { title: 'B', kind: 'template' }));
    let writes = 0;
    const stop = backend.catalog.subscribe(() => writes++);
    const repair = await reconcileCatalog();
    stop();
    expect(repair).toMatchObject({ added: [], removed: [] });
    expect(repair.entries).toHaveLength(2);
    expect(writes).toBe(0);
  });
});

/** A fresh memory backend (provided to the storage layer) and a map's document with its snapshot store. */
function mapOnMemory(title: string) {
  const backend = {
    documents: new MemoryDocumentStore(),
    catalog: new MemoryCatalogStore(),
    versions: new MemoryVersionStore(),
  };
  setStorageBackend(backend);
  const doc = new Y.Doc();
  createMapDoc(standardTemplate('en', { title }), doc);
  const store = createSnapshotStore(doc);
  return { backend, doc, store, id: store.getSnapshot().meta.id };
}

/** `mapOnMemory`, with idle callbacks queued in `idle` instead of run. */
function openedMap(title: string) {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
  return { ...mapOnMemory(title), idle };
}

describe('trackCatalog timing', () => {
  it('writes once the changes pause, and at least every maxWaitMs while they go on', async () => {
    const { backend, doc, store, id } = mapOnMemory('Steady');
    const titles: string[] = [];
    const upsert = backend.catalog.upsert.bind(backend.catalog);
    backend.catalog.upsert = async (entry) => {
      titles.push(entry.title);
      return upsert(entry);
    };
    vi.useFakeTimers();
    try {
      const tracker = trackCatalog(id, store, { debounceMs: 800, maxWaitMs: 2_000 });
      await vi.advanceTimersByTimeAsync(0);
      expect(titles).toEqual(['Steady']); // the row as opened

      // an edit every 100 ms for 5 s: never a pause of 800 ms, still written every ~2 s
      for (let i = 1; i <= 50; i++) {
        updateMeta(doc, { title: `Steady ${i}` });
        await vi.advanceTimersByTimeAsync(100);
      }
      const during = titles.slice(1);
      expect(during.length).toBeGreaterThanOrEqual(2);
      expect(during.length).toBeLessThanOrEqual(3);

      // then a pause: the last title is written debounceMs later, and nothing after that
      await vi.advanceTimersByTimeAsync(800);
      expect(titles.at(-1)).toBe('Steady 50');
      const count = titles.length;
      await vi.advanceTimersByTimeAsync(5_000);
      expect(titles).toHaveLength(count);
      await tracker.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('trackCatalog at open', () => {
  it('writes the row of the map as opened in idle time, not while the map opens', async () => {
    const { backend, store, id, idle } = openedMap('Opened');
    let reads = 0;
    const getSnapshot = store.getSnapshot.bind(store);
    store.getSnapshot = () => (reads++, getSnapshot());
    try {
      const tracker = trackCatalog(id, store, { debounceMs: 60_000 });
      let opened = false;
      void tracker.opened.then(() => (opened = true));
      await new Promise((r) => setTimeout(r, 10));
      // nothing derived from the whole map, nothing written, until the page is idle
      expect(reads).toBe(0);
      expect(await backend.catalog.get(id)).toBeUndefined();
      expect(opened).toBe(false);
      expect(idle).toHaveLength(1);

      idle.shift()!();
      await tracker.opened;
      expect(reads).toBe(1);
      expect((await backend.catalog.get(id))?.title).toBe('Opened');
      await tracker.stop();
      expect(reads).toBe(1); // nothing changed since: no second derivation
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('flush writes the row at once; the idle write then has nothing left to do', async () => {
    const { backend, store, id, idle } = openedMap('Flushed');
    let writes = 0;
    const stop = backend.catalog.subscribe(() => writes++);
    try {
      const tracker = trackCatalog(id, store);
      await tracker.flush();
      expect((await backend.catalog.get(id))?.title).toBe('Flushed');
      idle.shift()!();
      await tracker.opened;
      await tracker.stop();
      expect(writes).toBe(1);
    } finally {
      stop();
      vi.unstubAllGlobals();
    }
  });
});
