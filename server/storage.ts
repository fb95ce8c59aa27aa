/**
 * Durable room storage in SQLite (better-sqlite3, WAL).
 *
 * Accepted updates are rows, written before the relay forwards them. The relay groups
 * the updates of one event-loop turn into ONE transaction (`appendBatch`, see
 * commit.ts), so a busy relay pays one commit per turn instead of one per update.
 * `synchronous=FULL` (the relay's default, STORAGE_SYNC) fsyncs the WAL at every commit: a
 * forwarded update survives SIGKILL and power loss. `synchronous=NORMAL` only
 * writes the WAL at commit and fsyncs it at checkpoints (every second in the background,
 * checkpointer.ts): it survives SIGKILL and any crash of the process — the kernel has the
 * bytes — but a power cut or kernel crash may lose about the last second of commits.
 * Compaction replaces a room's rows by one merged row (with its state vector, so a cold
 * room can be answered without decoding it) in one transaction: a crash mid-compaction
 * leaves either the old rows or the new one.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement, Transaction } from 'better-sqlite3';
import { join } from 'node:path';
import { Checkpointer, DEFAULT_PACE } from './checkpointer';

export type SyncMode = 'full' | 'normal';

import { storedRoom, view } from './store/storedRoom';
import type { LogRow, NewRow, StoredRoom } from './store/types';

export type { NewRow, StoredRoom } from './store/types';

export interface StorageOptions {
  readonly fileName?: string;
  /** SQLite `synchronous`: see the file comment (default full) */
  readonly sync?: SyncMode;
  /** checkpoint the WAL in a worker thread instead of inside commits (checkpointer.ts) */
  readonly backgroundCheckpoints?: boolean;
  /** held around every write transaction: room workers writing one file (store/writeLock.ts) */
  readonly writeLock?: { hold<T>(work: () => T): T };
}

/**
 * The update log, clustered by (room, seq): a room's rows share pages, so compaction
 * rewrites a few pages instead of one page per row (300 rooms compacting at once took
 * 3.3 s with rows of all rooms interleaved in a rowid table, 0.1 s like this).
 */
const LOG_TABLE = `CREATE TABLE updates (
  room TEXT NOT NULL,
  seq  INTEGER NOT NULL,
  data BLOB NOT NULL,
  sv   BLOB,
  PRIMARY KEY (room, seq)
) WITHOUT ROWID`;

/**
 * Databases of the first relay kept the log in a rowid table (seq AUTOINCREMENT, rows of
 * all rooms interleaved): moved into the clustered table in one transaction.
 */
function migrateRowidLog(db: Db): void {
  const old = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'updates'")
    .get() as { sql: string } | undefined;
  if (!old || !/AUTOINCREMENT/i.test(old.sql)) return;
  db.transaction(() => {
    db.exec('ALTER TABLE updates RENAME TO updates_rowid');
    db.exec(LOG_TABLE);
    db.exec(`INSERT INTO updates (room, seq, data, sv) SELECT room, seq, data, NULL FROM updates_rowid;
      DROP TABLE updates_rowid;`);
  })();
}

const buffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export class RoomStorage {
  private readonly db: Db;
  private readonly stmts: {
    load: Statement<[string], { seq: number; data: Buffer; sv: Buffer | null }>;
    since: Statement<[string, number], { seq: number; data: Buffer }>;
    maxSeq: Statement<[string], { m: number | null }>;
    append: Statement<[string, number, Buffer, Buffer | null]>;
    deleteUpTo: Statement<[string, number]>;
    generation: Statement<[string], { generation: number }>;
    bumpGeneration: Statement<[string]>;
    health: Statement<[], { n: number }>;
  };

  private readonly batch: Transaction<(rows: readonly NewRow[]) => number[]>;
  private checkpointer: Checkpointer | null = null;
  /** the checkpoint worker, started with the first write (a relay that only reads needs none) */
  private readonly startCheckpointer: (() => void) | null = null;
  /** per room: the last sequence number used (rooms count their rows on their own) */
  private readonly lastSeq = new Map<string, number>();
  private readonly hold: <T>(work: () => T) => T;

  /** the open database (store/sqliteLinks.ts keeps its own table in it) */
  get database(): Db {
    return this.db;
  }

  constructor(dataDir: string, options: StorageOptions = {}) {
    const file = join(dataDir, options.fileName ?? 'relay.sqlite');
    const sync = options.sync ?? 'full';
    this.db = new Database(file);
    const lock = options.writeLock;
    this.hold = lock ? (work) => lock.hold(work) : (work) => work();
    this.db.pragma('journal_mode = WAL');
    // see the file comment for what each mode guarantees (server/README.md, Durability)
    this.db.pragma(`synchronous = ${sync === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    migrateRowidLog(this.db);
    const hasLog = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'updates'")
      .get();
    if (!hasLog) this.db.exec(LOG_TABLE);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS maps (
        room       TEXT PRIMARY KEY,
        generation INTEGER NOT NULL DEFAULT 0
      );
    `);
    // one relay per DATA_DIR writes this file: the next sequence numbers live in memory
    this.stmts = {
      load: this.db.prepare('SELECT seq, data, sv FROM updates WHERE room = ? ORDER BY seq'),
      since: this.db.prepare(
        'SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq',
      ),
      maxSeq: this.db.prepare('SELECT max(seq) AS m FROM updates WHERE room = ?'),
      append: this.db.prepare('INSERT INTO updates (room, seq, data, sv) VALUES (?, ?, ?, ?)'),
      deleteUpTo: this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
      generation: this.db.prepare('SELECT generation FROM maps WHERE room = ?'),
      bumpGeneration: this.db.prepare(
        `INSERT INTO maps (room, generation) VALUES (?, 1)
         ON CONFLICT (room) DO UPDATE SET generation = generation + 1`,
      ),
      health: this.db.prepare('SELECT count(*) AS n FROM maps'),
    };
    if (options.backgroundCheckpoints) {
      this.db.pragma('wal_autocheckpoint = 0');
      this.startCheckpointer = () => {
        // NORMAL is durable up to the last checkpoint: keep that to a second
        const pace =
          sync === 'normal' ? { ...DEFAULT_PACE, maxMs: DEFAULT_PACE.minMs } : DEFAULT_PACE;
        this.checkpointer ??= new Checkpointer(file, pace, () => {
          if (this.db.open) this.db.pragma('wal_autocheckpoint = 1000');
        });
      };
    }
    this.batch = this.db.transaction((rows: readonly NewRow[]) =>
      rows.map((r) => this.insert(r.room, r.data, null)),
    );
  }

  /** One row with the room's next sequence number. */
  private insert(room: string, data: Uint8Array, sv: Uint8Array | null): number {
    if (!this.checkpointer) this.startCheckpointer?.();
    const seq = (this.lastSeq.get(room) ?? this.stmts.maxSeq.get(room)?.m ?? 0) + 1;
    this.lastSeq.set(room, seq);
    this.stmts.append.run(room, seq, buffer(data), sv ? buffer(sv) : null);
    return seq;
  }

  /** Runs a transaction; a failed one forgets the sequence numbers it handed out. */
  private atomically<T>(work: () => T): T {
    try {
      return work();
    } catch (err) {
      this.lastSeq.clear();
      throw err;
    }
  }

  /** Rows of a room after `afterSeq`, in order. */
  readSince(room: string, afterSeq: number): LogRow[] {
    return this.stmts.since.all(room, afterSeq).map((r) => ({ seq: r.seq, data: view(r.data) }));
  }

  /** All stored updates of a room, oldest first. */
  load(room: string): StoredRoom {
    return storedRoom(this.stmts.load.all(room));
  }

  /** Appends one update; returns its sequence number once it is committed. */
  append(room: string, update: Uint8Array): number {
    return this.appendBatch([{ room, data: update }])[0]!;
  }

  /**
   * Appends rows of any rooms in ONE transaction: one commit (one fsync with FULL).
   * Write transactions begin IMMEDIATE: with rooms in several worker threads, each with
   * its own connection, a deferred one that read first could not take the write lock
   * (SQLITE_BUSY at once, no busy wait); an immediate one waits its turn (busy_timeout).
   * Returns their sequence numbers, in order; throws (and writes nothing) on failure.
   */
  appendBatch(rows: readonly NewRow[]): number[] {
    return this.atomically(() => this.hold(() => this.batch.immediate(rows)));
  }

  /**
   * Replaces rows up to `upToSeq` by `merged` (the whole document, whose state vector
   * is `stateVector`), atomically. Returns the new row's seq.
   */
  compact(room: string, merged: Uint8Array, stateVector: Uint8Array, upToSeq: number): number {
    return this.atomically(() =>
      this.hold(() =>
        this.db
          .transaction(() => {
            const seq = this.insert(room, merged, stateVector);
            this.stmts.deleteUpTo.run(room, upToSeq);
            return seq;
          })
          .immediate(),
      ),
    );
  }

  /** Ids of every room with stored rows, sorted. */
  roomIds(): string[] {
    return (
      this.db.prepare('SELECT DISTINCT room FROM updates ORDER BY room').all() as { room: string }[]
    ).map((r) => r.room);
  }

  /** Whether a room has stored rows. */
  hasRoom(room: string): boolean {
    return this.db.prepare('SELECT 1 FROM updates WHERE room = ? LIMIT 1').get(room) !== undefined;
  }

  /** The map's share-link generation; links carry it and die when it moves on. */
  generation(room: string): number {
    return this.stmts.generation.get(room)?.generation ?? 0;
  }

  /** Revokes every share link of a map. Returns the new generation. */
  bumpGeneration(room: string): number {
    if (!this.checkpointer) this.startCheckpointer?.();
    this.stmts.bumpGeneration.run(room);
    return this.generation(room);
  }

  /** Every stored room with its highest sequence number (the catalog's staleness check). */
  heads(): Map<string, number> {
    const rows = this.db
      .prepare('SELECT room, max(seq) AS seq FROM updates GROUP BY room')
      .all() as { room: string; seq: number }[];
    return new Map(rows.map((r) => [r.room, r.seq]));
  }

  /** A read that proves the database answers; throws when it does not. */
  check(): void {
    this.stmts.health.get();
  }

  close(): void {
    if (!this.db.open) return;
    this.checkpointer?.stop();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
