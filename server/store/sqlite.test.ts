// The RelayStore contract on the embedded SQLite store (a temp DATA_DIR per test).
import { tempDataDir } from '../testing';
import { relayStoreContract } from './contract';
import { SqliteStore } from './sqlite';
import type { RelayStore } from './types';

const dirs = new WeakMap<RelayStore, string>();

relayStoreContract(
  'SQLite',
  async () => {
    const dir = tempDataDir();
    const store = new SqliteStore(dir);
    await store.open();
    dirs.set(store, dir);
    return store;
  },
  async (previous) => {
    // one relay per DATA_DIR: the previous one stops first (a restart)
    await previous.close();
    const store = new SqliteStore(dirs.get(previous)!);
    await store.open();
    return store;
  },
);
