/**
 * The storage backends the app uses: y-indexeddb documents and the Dexie catalog
 * (Dexie itself is loaded on first use: lazyStores.ts). This module creates none by
 * itself: the composition root (`src/app/deviceStorage.ts`) creates the device's
 * backend once at start-up and hands it in with `setStorageBackend`; tests hand in
 * their own.
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

/** The backend the composition root (or a test) provided. */
export function storage(): StorageBackend {
  if (!current)
    throw new Error(
      'no storage backend provided: the app provides one at start-up (src/app/deviceStorage.ts), a test with setStorageBackend',
    );
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

/** Provides the backend (the composition root at start-up; tests); `null` removes it. */
export function setStorageBackend(backend: StorageBackend | null): void {
  current = backend;
}

/** Starts loading the catalog's code and database while other work goes on (opening a map). */
export function preloadStorage(): void {
  void storage()
    .preload?.()
    .catch(() => undefined);
}
