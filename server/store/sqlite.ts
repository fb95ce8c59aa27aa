/**
 * The embedded default: RoomStorage (better-sqlite3, one file in DATA_DIR) behind the
 * async RelayStore interface. SQLite answers synchronously, so every promise here is
 * already settled when it is returned and the relay's group commit costs what it did
 * before: one transaction (one fsync with STORAGE_SYNC=full) per event-loop turn.
 * One relay per DATA_DIR: no bus.
 */
import { RoomStorage } from '../storage';
import type { StorageOptions } from '../storage';
import { SqliteLinks } from './sqliteLinks';
import type { LogRow, NewRow, RelayStore, ShareLinkRecord, StoredRoom } from './types';

/** Runs `work` now; its result or error as a settled promise. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (err) {
    return Promise.reject(err as Error);
  }
}

export class SqliteStore implements RelayStore {
  readonly kind = 'sqlite' as const;
  readonly bus = null;
  /** the synchronous store underneath (benchmarks and tests reach rows directly) */
  readonly rooms: RoomStorage;

  private readonly links: SqliteLinks;

  constructor(dataDir: string, options: StorageOptions = {}) {
    this.rooms = new RoomStorage(dataDir, options);
    this.links = new SqliteLinks(this.rooms.database);
  }

  recordLink(link: ShareLinkRecord): Promise<void> {
    return settled(() => this.links.record(link));
  }

  listLinks(room: string | null): Promise<ShareLinkRecord[]> {
    return settled(() => this.links.list(room));
  }

  revokeLink(id: string, at: number): Promise<ShareLinkRecord | null> {
    return settled(() => this.links.revoke(id, at));
  }

  linkRevoked(id: string): Promise<boolean> {
    return settled(() => this.links.revoked(id));
  }

  open(): Promise<void> {
    return Promise.resolve();
  }

  load(room: string): Promise<StoredRoom> {
    return settled(() => this.rooms.load(room));
  }

  readSince(room: string, afterSeq: number): Promise<LogRow[]> {
    return settled(() => this.rooms.readSince(room, afterSeq));
  }

  appendBatch(rows: readonly NewRow[]): Promise<number[]> {
    return settled(() => this.rooms.appendBatch(rows));
  }

  compact(
    room: string,
    merged: Uint8Array,
    stateVector: Uint8Array,
    upToSeq: number,
  ): Promise<number> {
    return settled(() => this.rooms.compact(room, merged, stateVector, upToSeq));
  }

  roomIds(): Promise<string[]> {
    return settled(() => this.rooms.roomIds());
  }

  hasRoom(room: string): Promise<boolean> {
    return settled(() => this.rooms.hasRoom(room));
  }

  heads(): Promise<Map<string, number>> {
    return settled(() => this.rooms.heads());
  }

  generation(room: string): Promise<number> {
    return settled(() => this.rooms.generation(room));
  }

  bumpGeneration(room: string): Promise<number> {
    return settled(() => this.rooms.bumpGeneration(room));
  }

  check(): Promise<void> {
    return settled(() => this.rooms.check());
  }

  close(): Promise<void> {
    return settled(() => this.rooms.close());
  }
}
