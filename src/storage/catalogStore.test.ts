import 'fake-indexeddb/auto';
import { catalogStoreContract, versionStoreContract } from './catalogStore.contract';
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
