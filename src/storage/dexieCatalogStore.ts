/** CatalogStore and VersionStore on Dexie (IndexedDB). */
import { Dexie } from 'dexie';
import type { CatalogStore, DerivedEntry, EntryFlags, MapConnection } from './catalogStore';
import { DEFAULT_FLAGS } from './catalogStore';
import type { JourneyDb } from './dexieDb';
import { toStorageError } from './errors';
import { newestFirst, type VersionRecord, type VersionStore } from './versionStore';

/** Runs a Dexie call, rethrowing failures as StorageError so callers see one error type. */
async function guarded<T>(code: 'load-failed' | 'write-failed', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(code, error);
  }
}

export class DexieCatalogStore implements CatalogStore {
  private readonly listeners = new Set<() => void>();
  private unhook: (() => void) | null = null;

  constructor(private readonly db: JourneyDb) {}

  private changed() {
    this.listeners.forEach((l) => l());
  }

  get(id: string) {
    return guarded('load-failed', () => this.db.maps.get(id));
  }
  list() {
    return guarded('load-failed', () => this.db.maps.toArray());
  }
  async upsert(derived: DerivedEntry) {
    await guarded('write-failed', () =>
      this.db.transaction('rw', this.db.maps, async () => {
        const old = await this.db.maps.get(derived.id);
        const flags: EntryFlags = old
          ? { trashed: old.trashed, trashedAt: old.trashedAt, syncState: old.syncState }
          : DEFAULT_FLAGS;
        await this.db.maps.put({ ...derived, ...flags });
      }),
    );
  }
  async setFlags(id: string, flags: Partial<EntryFlags>) {
    await guarded('write-failed', () => this.db.maps.update(id, flags));
  }
  async remove(id: string) {
    await guarded('write-failed', () => this.db.maps.delete(id));
  }
  async clear() {
    await guarded('write-failed', () => this.db.maps.clear());
  }
  async getConnection(id: string): Promise<MapConnection | undefined> {
    const row = await guarded('load-failed', () => this.db.connections.get(id));
    if (!row) return undefined;
    return row.token === undefined
      ? { relayUrl: row.relayUrl }
      : { relayUrl: row.relayUrl, token: row.token };
  }
  async setConnection(id: string, connection: MapConnection | null) {
    await guarded('write-failed', async () => {
      if (connection) await this.db.connections.put({ ...connection, mapId: id });
      else await this.db.connections.delete(id);
    });
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    if (!this.unhook) {
      // Dexie reports our own writes (before they resolve) and those of other tabs, so
      // this is the one source of change notices; only the maps table matters here
      const prefix = `idb://${this.db.name}/maps/`;
      const onMutated = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((k) => k.startsWith(prefix))) this.changed();
      };
      Dexie.on('storagemutated', onMutated);
      this.unhook = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.unhook) {
        this.unhook();
        this.unhook = null;
      }
    };
  }
}

export class DexieVersionStore implements VersionStore {
  constructor(private readonly db: JourneyDb) {}
  async add(version: VersionRecord) {
    await guarded('write-failed', () => this.db.versions.add(version));
  }
  async list(mapId: string) {
    const rows = await guarded('load-failed', () =>
      this.db.versions.where('mapId').equals(mapId).toArray(),
    );
    return rows.sort(newestFirst);
  }
  get(id: string) {
    return guarded('load-failed', () => this.db.versions.get(id));
  }
  async remove(id: string) {
    await guarded('write-failed', () => this.db.versions.delete(id));
  }
  async removeForMap(mapId: string) {
    await guarded('write-failed', () => this.db.versions.where('mapId').equals(mapId).delete());
  }
}
