/** The Dexie stores of one database, made together (loaded on first use: lazyStores.ts). */
import { openJourneyDb } from './dexieDb';
import { DexieCatalogStore, DexieVersionStore } from './dexieCatalogStore';
import type { CatalogStore } from './catalogStore';
import type { VersionStore } from './versionStore';

export interface DeviceStores {
  readonly catalog: CatalogStore;
  readonly versions: VersionStore;
}

export function createDexieStores(dbName?: string): DeviceStores {
  const db = openJourneyDb(dbName);
  return { catalog: new DexieCatalogStore(db), versions: new DexieVersionStore(db) };
}
