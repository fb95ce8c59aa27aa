// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc, createSnapshotStore, updateMeta } from '../doc';
import { standardTemplate } from '../model/templates';
import { setStorageBackend } from './backend';
import { trackCatalog } from './catalogSync';
import { MemoryCatalogStore } from './memoryCatalogStore';
import { MemoryDocumentStore } from './memoryDocumentStore';
import { MemoryVersionStore } from './versionStore';

function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setVisibility('visible'));

describe('trackCatalog in a page', () => {
  it('writes a pending change at once when the tab is hidden (closed), not seconds later', async () => {
    const catalog = new MemoryCatalogStore();
    setStorageBackend({
      documents: new MemoryDocumentStore(),
      catalog,
      versions: new MemoryVersionStore(),
    });
    const doc = new Y.Doc();
    createMapDoc(standardTemplate('en', { title: 'Before' }), doc);
    const store = createSnapshotStore(doc);
    const id = store.getSnapshot().meta.id;
    const tracker = trackCatalog(id, store, { debounceMs: 60_000, maxWaitMs: 60_000 });
    await tracker.flush();
    updateMeta(doc, { title: 'Typed just before closing' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await catalog.get(id))?.title).toBe('Before');

    setVisibility('hidden');
    await new Promise((r) => setTimeout(r, 20));
    expect((await catalog.get(id))?.title).toBe('Typed just before closing');
    await tracker.stop();
  });
});
