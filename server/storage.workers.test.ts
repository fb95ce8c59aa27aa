/**
 * Room workers (shards.ts) each open the relay's SQLite file with their own
 * connection. Two threads appending to their own new rooms at the same time must
 * both succeed: a write transaction that read first and then found the file
 * changed by the other connection would fail at once with SQLITE_BUSY (no busy
 * wait), so writes begin IMMEDIATE.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomStorage } from './storage';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writer(dir: string, prefix: string, rooms: number) {
  const worker = new Worker(new URL('./storageWriter.testkit.mjs', import.meta.url), {
    workerData: { dir, prefix, rooms },
  });
  return new Promise<{ failed: number; firstError?: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  }).finally(() => worker.terminate());
}

describe('RoomStorage from several threads', () => {
  it('two connections appending to their own rooms at once both commit every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jb-storage-workers-'));
    dirs.push(dir);
    new RoomStorage(dir).close(); // the tables exist before the writers start
    const rooms = 400;
    const results = await Promise.all([writer(dir, 'a', rooms), writer(dir, 'b', rooms)]);
    expect(results).toEqual([{ failed: 0 }, { failed: 0 }]);
    const store = new RoomStorage(dir);
    try {
      const ids = store.roomIds();
      expect(ids).toHaveLength(2 * rooms);
      for (const id of [ids[0]!, ids[ids.length - 1]!])
        expect(store.readSince(id, 0).map((r) => r.seq)).toEqual([1, 2]);
    } finally {
      store.close();
    }
  }, 60_000);
});
