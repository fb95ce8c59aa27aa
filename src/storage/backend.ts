/**
 * The storage backends the app uses: y-indexeddb documents and the Dexie catalog,
 * created on first use (Dexie itself is loaded on first use: lazyStores.ts). Tests
 * swap in other instances with `setStorageBackend`.
 */
import type { CatalogStore } from './catalogStore';
import type { DocumentStore } from './documentStore';
import type { VersionStore } from './versionStore';
import { IdbDocumentStore } from './idbDocumentStore';
import { lazyDeviceStores } from './lazyStores';

export interface StorageBackend {
  readonly documents: DocumentStore;
  readonly catalog: CatalogStore;
  readonly versions: VersionStore;
  /** starts opening the device database early (the real backend); fakes need none */
  preload?(): Promise<void>;
}

let current: StorageBackend | null = null;

/** The backend in use (the browser's IndexedDB unless a test replaced it). */
export function storage(): StorageBackend {
  if (!current) current = createIndexedDbBackend();
  return current;
}

/** The real backend; `dbName` separates test databases. */
export function createIndexedDbBackend(dbName?: string): StorageBackend {
  const { catalog, versions, preload } = lazyDeviceStores(dbName);
  return {
    documents: new IdbDocumentStore(dbName ? `${dbName}-map:` : undefined, {
      // without indexedDB.databases() only the catalog knows which maps there are
      knownIds: async () => (await catalog.list()).map((e) => e.id),
    }),
    catalog,
    versions,
    preload,
  };
}

/** Replaces the backend (tests); `null` goes back to the default on next use. */
export function setStorageBackend(backend: StorageBackend | null): void {
  current = backend;
}

/** Starts loading the catalog's code and database while other work goes on (opening a map). */
export function preloadStorage(): void {
  void storage()
    .preload?.()
    .catch(() => undefined);
}
