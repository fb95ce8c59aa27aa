import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { catalogStoreContract, derived, versionStoreContract } from './catalogStore.contract';
import { lazyDeviceStores } from './lazyStores';

let n = 0;
const fresh = () => lazyDeviceStores(`lazy-test-${++n}-${Date.now()}`);

// the wrapper the app uses (Dexie loaded on first call) keeps the whole contract
catalogStoreContract('Dexie, loaded on first use', () => fresh().catalog);
versionStoreContract('Dexie, loaded on first use', () => fresh().versions);

describe('lazyDeviceStores', () => {
  it('tells a subscriber that subscribed before Dexie loaded about the first write', async () => {
    const stores = fresh();
    let calls = 0;
    const stop = stores.catalog.subscribe(() => calls++);
    await stores.catalog.upsert(derived('a'));
    expect(calls).toBeGreaterThan(0);
    stop();
    const before = calls;
    await stores.catalog.setFlags('a', { trashed: true });
    expect(calls).toBe(before);
  });

  it('a subscription stopped before Dexie loaded never hears anything', async () => {
    const stores = fresh();
    let calls = 0;
    stores.catalog.subscribe(() => calls++)();
    await stores.catalog.upsert(derived('b'));
    expect(calls).toBe(0);
    expect((await stores.catalog.get('b'))?.id).toBe('b');
  });

  it('preload opens the same database the stores use', async () => {
    const stores = fresh();
    await stores.preload();
    await stores.versions.add({
      id: 'v1',
      mapId: 'm',
      name: 'n',
      createdAt: '2026-12-06T00:00:00.000Z',
      title: 't',
      cardCount: 0,
      update: new Uint8Array([0, 0]),
    });
    expect((await stores.versions.list('m')).map((v) => v.id)).toEqual(['v1']);
  });
});
