/** In-memory CatalogStore: the fake for tests. */
import type {
  CatalogEntry,
  CatalogStore,
  DerivedEntry,
  EntryFlags,
  MapConnection,
} from './catalogStore';
import { DEFAULT_FLAGS } from './catalogStore';

export class MemoryCatalogStore implements CatalogStore {
  private readonly entries = new Map<string, CatalogEntry>();
  private readonly connections = new Map<string, MapConnection>();
  private readonly listeners = new Set<() => void>();

  private changed() {
    this.listeners.forEach((l) => l());
  }

  async get(id: string) {
    return this.entries.get(id);
  }
  async list() {
    return [...this.entries.values()];
  }
  async upsert(derived: DerivedEntry) {
    const old = this.entries.get(derived.id);
    const flags: EntryFlags = old
      ? { trashed: old.trashed, trashedAt: old.trashedAt, syncState: old.syncState }
      : DEFAULT_FLAGS;
    this.entries.set(derived.id, { ...derived, ...flags });
    this.changed();
  }
  async setFlags(id: string, flags: Partial<EntryFlags>) {
    const old = this.entries.get(id);
    if (!old) return;
    this.entries.set(id, { ...old, ...flags });
    this.changed();
  }
  async remove(id: string) {
    this.entries.delete(id);
    this.changed();
  }
  async clear() {
    this.entries.clear();
    this.changed();
  }
  async getConnection(id: string) {
    return this.connections.get(id);
  }
  async setConnection(id: string, connection: MapConnection | null) {
    if (connection) this.connections.set(id, { ...connection });
    else this.connections.delete(id);
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
