/** Reports a connection's state to the catalog, so the home screen shows local / pending / synced. */
import type { StoreApi } from 'zustand/vanilla';
import { catalogSyncState } from './status';
import type { CatalogSyncState, SyncState } from './status';

/**
 * Calls `write` now and whenever the catalog sync state the connection implies
 * changes (catalogSyncState; never twice in a row with the same value). Returns
 * the unsubscribe function.
 */
export function followCatalogSyncState(
  status: StoreApi<SyncState>,
  write: (state: CatalogSyncState) => void,
): () => void {
  let last: CatalogSyncState | null = null;
  const check = (state: SyncState) => {
    const next = catalogSyncState(state);
    if (next === null || next === last) return;
    last = next;
    write(next);
  };
  const unsubscribe = status.subscribe(check);
  check(status.getState());
  return unsubscribe;
}
