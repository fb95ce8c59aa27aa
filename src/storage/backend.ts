/**
 * The storage backends the app uses: y-indexeddb documents and the Dexie catalog,
 * created on first use. Tests swap in other instances with `setStorageBackend`.
 */
import type { CatalogStore } from './catalogStore';
import type { DocumentStore } from './documentStore';
import type { VersionStore } from './versionStore';
import { IdbDocumentStore } from './idbDocumentStore';
import { openJourneyDb } from './dexieDb';
import { DexieCatalogStore, DexieVersionStore } from './dexieCatalogStore';

export interface StorageBackend {
  readonly documents: DocumentStore;
  readonly catalog: CatalogStore;
  readonly versions: VersionStore;
}

let current: StorageBackend | null = null;

/** The backend in use (the browser's IndexedDB unless a test replaced it). */
export function storage(): StorageBackend {
  if (!current) current = createIndexedDbBackend();
  return current;
}

/** The real backend; `dbName` separates test databases. */
export function createIndexedDbBackend(dbName?: string): StorageBackend {
  const db = openJourneyDb(dbName);
  const catalog = new DexieCatalogStore(db);
  return {
    documents: new IdbDocumentStore(dbName ? `${dbName}-map:` : undefined, {
      // without indexedDB.databases() only the catalog knows which maps there are
      knownIds: async () => (await catalog.list()).map((e) => e.id),
    }),
    catalog,
    versions: new DexieVersionStore(db),
  };
}

/** Replaces the backend (tests); `null` goes back to the default on next use. */
export function setStorageBackend(backend: StorageBackend | null): void {
  current = backend;
}
