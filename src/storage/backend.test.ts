import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createIndexedDbBackend, setStorageBackend, storage } from './backend';
import { createLocalMap } from './localMaps';
import { standardTemplate } from '../model/templates';

afterEach(() => setStorageBackend(null));

describe('the storage backend', () => {
  it('is never created inside the storage layer: without one provided, a clear error', async () => {
    setStorageBackend(null);
    expect(() => storage()).toThrow(/no storage backend provided/);
    await expect(createLocalMap(standardTemplate('en', { title: 'x' }))).rejects.toThrow(
      /no storage backend provided/,
    );
  });

  it('uses the backend it was given, and two backends keep their maps apart', async () => {
    const a = createIndexedDbBackend(`backend-test-a-${Date.now().toString(36)}`);
    const b = createIndexedDbBackend(`backend-test-b-${Date.now().toString(36)}`);
    setStorageBackend(a);
    expect(storage()).toBe(a);
    const id = await createLocalMap(standardTemplate('en', { title: 'Only in A' }));
    expect((await a.catalog.get(id))?.title).toBe('Only in A');
    expect(await b.catalog.get(id)).toBeUndefined();
  });
});
