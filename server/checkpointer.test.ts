/**
 * The background checkpointer's pace (checkpointer.ts): a WAL that grows slowly is
 * checkpointed less and less often (each complete checkpoint makes the next commit pay a
 * second fsync for the new WAL header), one that grows fast more often, and every
 * checkpoint copies the whole WAL back. Real SQLite file, real worker thread; the test
 * waits for the checkpointer's reports, never for time.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpointer, type CheckpointReport } from './checkpointer';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f();
});

/** A WAL database that never checkpoints itself, and a checkpointer on it. */
function setup(pace: { minMs: number; maxMs: number; targetFrames: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'jb-checkpointer-'));
  const file = join(dir, 'relay.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB)');
  const reports: CheckpointReport[] = [];
  const waiters: (() => void)[] = [];
  const failures: string[] = [];
  const checkpointer = new Checkpointer(
    file,
    pace,
    (m) => failures.push(m),
    (r) => {
      reports.push(r);
      for (const w of waiters.splice(0)) w();
    },
  );
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => db.close());
  cleanup.push(() => checkpointer.stop());
  /** resolves with the first report (from the `from`th on) that passes `ok` */
  const until = async (ok: (r: CheckpointReport) => boolean, from = 0) => {
    for (let i = from; ; i++) {
      while (reports.length <= i) await new Promise<void>((r) => waiters.push(r));
      if (ok(reports[i]!)) return i;
    }
  };
  return { db, reports, failures, until };
}

describe('Checkpointer pace', () => {
  it('waits longer while the WAL barely grows, shorter once it grows by the target, and copies it all back', async () => {
    const { db, reports, failures, until } = setup({ minMs: 5, maxMs: 40, targetFrames: 50 });
    // a quiet WAL: the wait doubles up to the longest
    const quiet = await until((r) => r.nextMs === 40);
    expect(reports.slice(0, quiet + 1).map((r) => r.nextMs)).toEqual([10, 20, 40]);
    // far more than the target written (8 KB rows: two pages each), in one commit: the
    // next checkpoint finds it all whatever the disk's speed
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 100; i++) insert.run(Buffer.alloc(8000, i));
    })();
    const busy = await until((r) => r.log >= 50, quiet + 1);
    expect(reports[busy]!.nextMs).toBe(20);
    // PASSIVE with no reader in the way: every WAL page is back in the database file
    expect(reports[busy]!.checkpointed).toBe(reports[busy]!.log);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 100 });
    // nothing written since: the same pages reported again are no growth, the wait doubles
    const quietAgain = await until((r) => r.nextMs === 40, busy + 1);
    expect(reports.slice(busy + 1, quietAgain + 1).map((r) => r.nextMs)).toEqual([40]);
    expect(failures).toEqual([]);
  });

  it('with minMs = maxMs (synchronous=NORMAL: durable up to the last checkpoint) keeps its pace', async () => {
    const { reports, until } = setup({ minMs: 5, maxMs: 5, targetFrames: 50 });
    await until((_) => reports.length >= 4);
    expect(reports.slice(0, 4).map((r) => r.nextMs)).toEqual([5, 5, 5, 5]);
  });
});
