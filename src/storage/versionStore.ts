/**
 * Named versions of a map ("after workshop 1"): the whole document state as one
 * Yjs update plus a few facts for the list. Restoring applies the version's
 * content as a NEW change (see versions.ts), so the stored update is only read.
 */
export interface VersionRecord {
  readonly id: string;
  readonly mapId: string;
  readonly name: string;
  /** ISO date-time */
  readonly createdAt: string;
  readonly title: string;
  readonly cardCount: number;
  readonly update: Uint8Array;
}

export interface VersionStore {
  add(version: VersionRecord): Promise<void>;
  /** newest first */
  list(mapId: string): Promise<VersionRecord[]>;
  get(id: string): Promise<VersionRecord | undefined>;
  remove(id: string): Promise<void>;
  removeForMap(mapId: string): Promise<void>;
}

export function newestFirst(a: VersionRecord, b: VersionRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

export class MemoryVersionStore implements VersionStore {
  private readonly versions = new Map<string, VersionRecord>();
  async add(version: VersionRecord) {
    this.versions.set(version.id, { ...version, update: version.update.slice() });
  }
  async list(mapId: string) {
    return [...this.versions.values()].filter((v) => v.mapId === mapId).sort(newestFirst);
  }
  async get(id: string) {
    return this.versions.get(id);
  }
  async remove(id: string) {
    this.versions.delete(id);
  }
  async removeForMap(mapId: string) {
    for (const v of this.versions.values()) if (v.mapId === mapId) this.versions.delete(v.id);
  }
}
