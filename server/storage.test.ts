// RoomStorage on real SQLite: batched commits, compacted rows with their state vector,
// databases from before that column, and WAL checkpoints in the background.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomStorage } from './storage';
import { tempDataDir } from './testing';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe('RoomStorage', () => {
  it('appends a batch of rows of several rooms in one go, in order', () => {
    const storage = new RoomStorage(tempDataDir());
    const seqs = storage.appendBatch([
      { room: 'a', data: bytes(3, 1) },
      { room: 'b', data: bytes(3, 2) },
      { room: 'a', data: bytes(3, 3) },
    ]);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    const a = storage.load('a');
    expect(a.updates.map((u) => u[0])).toEqual([1, 3]);
    expect(a.lastSeq).toBe(seqs[2]);
    expect(a.stateVector).toBeNull(); // two plain rows: the document must be decoded
    storage.close();
  });

  it('a compacted row keeps its state vector; a row appended after it voids it', () => {
    const storage = new RoomStorage(tempDataDir());
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 1);
    const last = storage.append('r', Y.encodeStateAsUpdate(doc));
    storage.compact('r', Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc), last);
    const loaded = storage.load('r');
    expect(loaded.updates).toHaveLength(1);
    expect(loaded.stateVector).toEqual(Y.encodeStateVector(doc));
    storage.append('r', bytes(2));
    expect(storage.load('r').stateVector).toBeNull();
    storage.close();
  });

  it('moves the log of a database from the first relay (rowid table) into the clustered one', () => {
    const dir = tempDataDir();
    const old = new Database(join(dir, 'relay.sqlite'));
    old.exec(`CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL,
      data BLOB NOT NULL); CREATE INDEX updates_by_room ON updates (room, seq);
      INSERT INTO updates (room, data) VALUES ('r', x'0000'), ('s', x'01'), ('r', x'0002');`);
    old.close();
    const storage = new RoomStorage(dir);
    const r = storage.load('r');
    expect(r).toMatchObject({ bytes: 4, lastSeq: 3, stateVector: null });
    expect(r.updates.map((u) => [...u])).toEqual([
      [0, 0],
      [0, 2],
    ]);
    // new rows continue after the room's old sequence numbers (they count per room)
    expect(storage.append('s', bytes(1))).toBe(3);
    expect(storage.append('r', bytes(1))).toBe(4);
    storage.close();
  });

  it('with background checkpoints the WAL is checkpointed by the worker, not left to grow', async () => {
    const dir = tempDataDir();
    const storage = new RoomStorage(dir, { sync: 'normal', backgroundCheckpoints: true });
    const wal = () => statSync(join(dir, 'relay.sqlite-wal')).size;
    const write = () => {
      for (let i = 0; i < 1500; i++) storage.append(`room-${i % 7}`, bytes(200, i % 250));
    };
    write();
    const grown = wal();
    // no autocheckpoint on this connection: 1,500 commits stay in the WAL until the worker runs
    expect(grown).toBeGreaterThan(1000 * 4096);
    await new Promise((r) => setTimeout(r, 2500));
    write(); // after a checkpoint the writer starts the WAL from its beginning again
    expect(wal()).toBeLessThan(grown * 1.2);
    storage.close();
  });
});
