import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentStoreContract } from './documentStore.contract';
import { IdbDocumentStore } from './idbDocumentStore';
import { MemoryDocumentStore } from './memoryDocumentStore';

documentStoreContract('IndexedDB (y-indexeddb)', () => new IdbDocumentStore());
documentStoreContract('in-memory fake', () => new MemoryDocumentStore());

describe('IdbDocumentStore', () => {
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
