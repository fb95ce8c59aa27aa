import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { catalogStoreContract, derived, versionStoreContract } from './catalogStore.contract';
import { DexieCatalogStore, DexieVersionStore } from './dexieCatalogStore';
import { openJourneyDb } from './dexieDb';
import { MemoryCatalogStore } from './memoryCatalogStore';
import { MemoryVersionStore } from './versionStore';

let n = 0;
const freshDb = () => openJourneyDb(`catalog-test-${++n}-${Date.now()}`);

catalogStoreContract('Dexie', () => new DexieCatalogStore(freshDb()));
catalogStoreContract('in-memory fake', () => new MemoryCatalogStore());
versionStoreContract('Dexie', () => new DexieVersionStore(freshDb()));
versionStoreContract('in-memory fake', () => new MemoryVersionStore());

describe('DexieCatalogStore', () => {
  it('tells subscribers once per write, not once per signal', async () => {
    const store = new DexieCatalogStore(freshDb());
    // opening the database announces itself once; that is not a write
    await store.list();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    await store.upsert(derived('a'));
    // our own notice and Dexie's storagemutated both arrive within this wait
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(1);
    await store.setFlags('a', { trashed: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(calls).toBe(2);
    stop();
  });
});
