/**
 * A room worker's storage (shardWorker.ts). SQLite: its own connection to the file (WAL).
 * PostgreSQL: its own small pool, so a worker commits its rooms' updates itself (no
 * round trip through the relay thread), and a bus that does not LISTEN: the relay thread
 * keeps the one LISTEN connection and hands each event to the worker owning the map
 * (shards.ts). The worker's notifications carry the relay's bus id, so its own relay
 * ignores them while every other relay hears them.
 */
import type { Logger } from 'pino';
import type { RelayConfig } from './config';
import { PostgresStore } from './store/postgres';
import type { StorageOptions } from './storage';
import { SqliteStore } from './store/sqlite';
import type { BusEvent, RelayStore } from './store/types';

/** connections of one worker's pool: one commit in flight, loads and catch-up reads beside it */
export const WORKER_POOL_MAX = 3;

export function openShardStore(
  config: RelayConfig,
  relayBusId: string | null,
  log: Logger,
  sqlite: Omit<StorageOptions, 'sync'> = {},
): RelayStore {
  if (!config.databaseUrl)
    return new SqliteStore(config.dataDir, { ...sqlite, sync: config.storageSync });
  return new PostgresStore(config.databaseUrl, log, {
    poolMax: WORKER_POOL_MAX,
    bus: { listen: false, ...(relayBusId ? { id: relayBusId } : {}) },
  });
}

/** An event the relay thread heard for this worker's maps, to its rooms (PostgreSQL only). */
export function deliverBusEvent(store: RelayStore, event: BusEvent): void {
  if (store instanceof PostgresStore) store.bus.emit(event);
}
