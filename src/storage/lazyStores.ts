/**
 * The catalog and version stores, with Dexie loaded on first use: a first visit to a
 * map does not wait for Dexie (~30 KB gzip) before the board's code runs; the chunk
 * is fetched while the map's document loads from IndexedDB (`preloadDeviceStores`).
 * A failed chunk load fails that call (a StorageError-like rejection the callers
 * already handle) and the next call tries again.
 */
import type { CatalogStore } from './catalogStore';
import type { DeviceStores } from './dexieStores';
import type { VersionStore } from './versionStore';

export interface LazyDeviceStores extends DeviceStores {
  /** starts loading Dexie and opening the database now; resolves when ready */
  preload(): Promise<void>;
}

export function lazyDeviceStores(dbName?: string): LazyDeviceStores {
  let ready: DeviceStores | null = null;
  let loading: Promise<DeviceStores> | null = null;
  const load = (): Promise<DeviceStores> => {
    if (ready) return Promise.resolve(ready);
    loading ??= import('./dexieStores').then(
      (m) => (ready = m.createDexieStores(dbName)),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const cat = async () => (await load()).catalog;
  const ver = async () => (await load()).versions;
  const catalog: CatalogStore = {
    get: async (id) => (await cat()).get(id),
    list: async () => (await cat()).list(),
    upsert: async (derived) => (await cat()).upsert(derived),
    setFlags: async (id, flags) => (await cat()).setFlags(id, flags),
    remove: async (id) => (await cat()).remove(id),
    clear: async () => (await cat()).clear(),
    getConnection: async (id) => (await cat()).getConnection(id),
    setConnection: async (id, connection) => (await cat()).setConnection(id, connection),
    subscribe(listener) {
      if (ready) return ready.catalog.subscribe(listener);
      let stop: (() => void) | null = null;
      let stopped = false;
      // attached before any write that is queued behind the same load runs
      void load().then(
        (stores) => {
          if (!stopped) stop = stores.catalog.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
  const versions: VersionStore = {
    add: async (version) => (await ver()).add(version),
    list: async (mapId) => (await ver()).list(mapId),
    get: async (id) => (await ver()).get(id),
    remove: async (id) => (await ver()).remove(id),
    removeForMap: async (mapId) => (await ver()).removeForMap(mapId),
  };
  return { catalog, versions, preload: async () => void (await load()) };
}
