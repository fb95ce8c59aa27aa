/**
 * `catalog`: the catalog of the current backend, as one object the app can import
 * (it follows `setStorageBackend`, so tests that swap the backend see their fake).
 */
import { storage } from './backend';
import type { CatalogStore } from './catalogStore';

export const catalog: CatalogStore = {
  get: (id) => storage().catalog.get(id),
  list: () => storage().catalog.list(),
  upsert: (derived) => storage().catalog.upsert(derived),
  setFlags: (id, flags) => storage().catalog.setFlags(id, flags),
  remove: (id) => storage().catalog.remove(id),
  clear: () => storage().catalog.clear(),
  getConnection: (id) => storage().catalog.getConnection(id),
  setConnection: (id, connection) => storage().catalog.setConnection(id, connection),
  subscribe: (listener) => storage().catalog.subscribe(listener),
};
