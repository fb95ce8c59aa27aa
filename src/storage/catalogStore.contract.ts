/**
 * The one contract every CatalogStore (and VersionStore) must meet; run against
 * Dexie on fake-indexeddb and the in-memory fakes by catalogStore.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogStore, DerivedEntry } from './catalogStore';
import type { VersionStore } from './versionStore';

export function derived(id: string, patch: Partial<DerivedEntry> = {}): DerivedEntry {
  return {
    id,
    kind: 'map',
    title: `Map ${id}`,
    tags: [],
    cardCount: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    phases: [],
    searchText: `map ${id}`,
    ...patch,
  };
}

export function catalogStoreContract(name: string, make: () => CatalogStore): void {
  describe(`CatalogStore contract: ${name}`, () => {
    it('creates entries with default flags and reads them back', async () => {
      const store = make();
      await store.upsert(derived('a', { tags: ['x'], cardCount: 3 }));
      expect(await store.get('a')).toMatchObject({
        id: 'a',
        tags: ['x'],
        cardCount: 3,
        trashed: false,
        syncState: 'local',
      });
      expect(await store.get('missing')).toBeUndefined();
      expect((await store.list()).map((e) => e.id)).toEqual(['a']);
    });

    it('replaces derived fields on upsert but keeps device flags', async () => {
      const store = make();
      await store.upsert(derived('a'));
      await store.setFlags('a', {
        trashed: true,
        trashedAt: '2026-11-02T00:00:00.000Z',
        syncState: 'synced',
      });
      await store.upsert(derived('a', { title: 'Renamed', cardCount: 9 }));
      expect(await store.get('a')).toMatchObject({
        title: 'Renamed',
        cardCount: 9,
        trashed: true,
        syncState: 'synced',
      });
    });

    it('ignores flags for unknown ids', async () => {
      const store = make();
      await store.setFlags('nope', { trashed: true });
      expect(await store.get('nope')).toBeUndefined();
    });

    it('removes one entry or all; connections survive clear', async () => {
      const store = make();
      await store.upsert(derived('a'));
      await store.upsert(derived('b'));
      await store.setConnection('a', { relayUrl: 'ws://relay', token: 't1' });
      await store.remove('a');
      expect((await store.list()).map((e) => e.id)).toEqual(['b']);
      await store.clear();
      expect(await store.list()).toEqual([]);
      expect(await store.getConnection('a')).toEqual({ relayUrl: 'ws://relay', token: 't1' });
    });

    it('stores, replaces and deletes connections', async () => {
      const store = make();
      expect(await store.getConnection('m')).toBeUndefined();
      await store.setConnection('m', { relayUrl: 'ws://one' });
      expect(await store.getConnection('m')).toEqual({ relayUrl: 'ws://one' });
      await store.setConnection('m', { relayUrl: 'ws://two', token: 'tok' });
      expect(await store.getConnection('m')).toEqual({ relayUrl: 'ws://two', token: 'tok' });
      await store.setConnection('m', null);
      expect(await store.getConnection('m')).toBeUndefined();
    });

    it('notifies subscribers after changes until they unsubscribe', async () => {
      const store = make();
      let calls = 0;
      const stop = store.subscribe(() => calls++);
      await store.upsert(derived('a'));
      await store.setFlags('a', { trashed: true });
      await new Promise((r) => setTimeout(r, 20));
      expect(calls).toBeGreaterThanOrEqual(2);
      stop();
      const before = calls;
      await store.remove('a');
      await new Promise((r) => setTimeout(r, 20));
      expect(calls).toBe(before);
    });
  });
}

export function versionStoreContract(name: string, make: () => VersionStore): void {
  describe(`VersionStore contract: ${name}`, () => {
    const version = (id: string, mapId: string, createdAt: string) => ({
      id,
      mapId,
      name: `v ${id}`,
      createdAt,
      title: 'T',
      cardCount: 1,
      update: new Uint8Array([1, 2, 3]),
    });

    it('lists the versions of one map, newest first, with their bytes', async () => {
      const store = make();
      await store.add(version('v1', 'm', '2026-11-01T10:00:00.000Z'));
      await store.add(version('v2', 'm', '2026-11-02T10:00:00.000Z'));
      await store.add(version('v3', 'other', '2026-11-03T10:00:00.000Z'));
      expect((await store.list('m')).map((v) => v.id)).toEqual(['v2', 'v1']);
      expect(Array.from((await store.get('v1'))!.update)).toEqual([1, 2, 3]);
    });

    it('removes one version or all of a map', async () => {
      const store = make();
      await store.add(version('v1', 'm', '2026-11-01T10:00:00.000Z'));
      await store.add(version('v2', 'm', '2026-11-02T10:00:00.000Z'));
      await store.add(version('v3', 'other', '2026-11-03T10:00:00.000Z'));
      await store.remove('v2');
      expect((await store.list('m')).map((v) => v.id)).toEqual(['v1']);
      await store.removeForMap('m');
      expect(await store.list('m')).toEqual([]);
      expect(await store.get('v3')).toBeDefined();
    });
  });
}
