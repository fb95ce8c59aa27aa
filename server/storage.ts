/**
 * Durable room storage in SQLite (better-sqlite3, WAL, synchronous=FULL).
 *
 * Every accepted update is one row, written synchronously before the relay forwards
 * it: with WAL + FULL each commit is fsynced, so an update a client has seen survives
 * SIGKILL and power loss. Compaction replaces a room's rows by one merged row in one
 * transaction, so a crash mid-compaction leaves either the old rows or the new one.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { join } from 'node:path';

export interface StoredRoom {
  readonly updates: Uint8Array[];
  /** highest sequence number among the rows; compaction removes rows up to it */
  readonly lastSeq: number;
  readonly bytes: number;
}

export class RoomStorage {
  private readonly db: Db;
  private readonly stmts: {
    load: Statement<[string], { seq: number; data: Buffer }>;
    append: Statement<[string, Buffer]>;
    deleteUpTo: Statement<[string, number]>;
    generation: Statement<[string], { generation: number }>;
    bumpGeneration: Statement<[string]>;
    health: Statement<[], { n: number }>;
  };

  constructor(dataDir: string, fileName = 'relay.sqlite') {
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('journal_mode = WAL');
    // FULL: fsync the WAL on every commit, the guarantee server/README.md promises.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS updates (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        room TEXT NOT NULL,
        data BLOB NOT NULL
      );
      CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room, seq);
      CREATE TABLE IF NOT EXISTS maps (
        room       TEXT PRIMARY KEY,
        generation INTEGER NOT NULL DEFAULT 0
      );
    `);
    this.stmts = {
      load: this.db.prepare('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
      append: this.db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
      deleteUpTo: this.db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
      generation: this.db.prepare('SELECT generation FROM maps WHERE room = ?'),
      bumpGeneration: this.db.prepare(
        `INSERT INTO maps (room, generation) VALUES (?, 1)
         ON CONFLICT (room) DO UPDATE SET generation = generation + 1`,
      ),
      health: this.db.prepare('SELECT count(*) AS n FROM maps'),
    };
  }

  /** All stored updates of a room, oldest first. */
  load(room: string): StoredRoom {
    const rows = this.stmts.load.all(room);
    let bytes = 0;
    const updates = rows.map((r) => {
      bytes += r.data.byteLength;
      return new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength);
    });
    return { updates, lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0, bytes };
  }

  /** Appends one update; returns its sequence number once it is on disk. */
  append(room: string, update: Uint8Array): number {
    const info = this.stmts.append.run(
      room,
      Buffer.from(update.buffer, update.byteOffset, update.byteLength),
    );
    return Number(info.lastInsertRowid);
  }

  /** Replaces rows up to `upToSeq` by `merged`, atomically. Returns the new row's seq. */
  compact(room: string, merged: Uint8Array, upToSeq: number): number {
    return this.db.transaction(() => {
      const seq = this.append(room, merged);
      this.stmts.deleteUpTo.run(room, upToSeq);
      return seq;
    })();
  }

  /** The map's share-link generation; links carry it and die when it moves on. */
  generation(room: string): number {
    return this.stmts.generation.get(room)?.generation ?? 0;
  }

  /** Revokes every share link of a map. Returns the new generation. */
  bumpGeneration(room: string): number {
    this.stmts.bumpGeneration.run(room);
    return this.generation(room);
  }

  /** A read that proves the database answers; throws when it does not. */
  check(): void {
    this.stmts.health.get();
  }

  close(): void {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
