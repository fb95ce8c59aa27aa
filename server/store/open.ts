/** The relay's storage from its settings: PostgreSQL when DATABASE_URL is set, else SQLite. */
import type { Logger } from 'pino';
import type { RelayConfig } from '../config';
import { PostgresStore } from './postgres';
import { SqliteStore } from './sqlite';
import type { RelayStore } from './types';

export function openStore(config: RelayConfig, log: Logger): RelayStore {
  if (config.databaseUrl) return new PostgresStore(config.databaseUrl, log);
  return new SqliteStore(config.dataDir, { sync: config.storageSync, backgroundCheckpoints: true });
}
