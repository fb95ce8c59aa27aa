/**
 * CatalogStore in the relay's SQLite database (its own connection to the same file, WAL:
 * the update log's commits and catalog writes never hold a transaction across an await,
 * so the two connections do not wait on each other). With room workers, its writes take
 * their write lock (store/writeLock.ts): SQLite's busy handler would SLEEP the relay thread
 * 1, 2, 5 … ms whenever a worker's commit holds the file's write lock.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { join } from 'node:path';
import type { CatalogStore, RelayCatalogRow } from './store';

interface Stored {
  id: string;
  seq: number;
  row: string;
  trashed: number;
  trashed_at: string | null;
}

export class SqliteCatalogStore implements CatalogStore {
  private readonly db: Db;
  private readonly stmts: {
    list: Statement<[], Stored>;
    upsert: Statement<[string, number, string, number, string | null]>;
    trash: Statement<[number, string | null, string]>;
    remove: Statement<[string]>;
    generation: Statement<[], { value: number }>;
    bump: Statement<[]>;
  };

  /** runs a write holding the room workers' write lock (never blocking the relay thread) */
  private readonly hold: <T>(work: () => T) => Promise<T>;

  constructor(
    dataDir: string,
    fileName = 'relay.sqlite',
    writeLock?: { holdAsync<T>(work: () => T): Promise<T> },
  ) {
    if (writeLock) {
      // in call order: a write waiting for the lock is never overtaken by a later one
      let tail: Promise<unknown> = Promise.resolve();
      this.hold = (work) => {
        const done = tail.then(() => writeLock.holdAsync(work));
        tail = done.catch(() => undefined);
        return done;
      };
    } else {
      this.hold = (work) => {
        try {
          return Promise.resolve(work());
        } catch (error) {
          return Promise.reject(error as Error);
        }
      };
    }
    this.db = new Database(join(dataDir, fileName));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS catalog (
        id         TEXT PRIMARY KEY,
        seq        INTEGER NOT NULL,
        row        TEXT NOT NULL,
        trashed    INTEGER NOT NULL DEFAULT 0,
        trashed_at TEXT
      );
      CREATE TABLE IF NOT EXISTS workspace (
        key   TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
    `);
    this.stmts = {
      list: this.db.prepare('SELECT id, seq, row, trashed, trashed_at FROM catalog'),
      upsert: this.db.prepare(
        `INSERT INTO catalog (id, seq, row, trashed, trashed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, row = excluded.row,
           trashed = excluded.trashed, trashed_at = excluded.trashed_at`,
      ),
      trash: this.db.prepare('UPDATE catalog SET trashed = ?, trashed_at = ? WHERE id = ?'),
      remove: this.db.prepare('DELETE FROM catalog WHERE id = ?'),
      generation: this.db.prepare("SELECT value FROM workspace WHERE key = 'generation'"),
      bump: this.db.prepare(
        `INSERT INTO workspace (key, value) VALUES ('generation', 1)
         ON CONFLICT (key) DO UPDATE SET value = value + 1`,
      ),
    };
  }

  list(): Promise<RelayCatalogRow[]> {
    const rows: RelayCatalogRow[] = [];
    for (const r of this.stmts.list.all()) {
      try {
        const derived = JSON.parse(r.row) as Omit<RelayCatalogRow, 'trashed' | 'seq'>;
        rows.push({
          ...derived,
          id: r.id,
          seq: r.seq,
          trashed: r.trashed === 1,
          ...(r.trashed_at ? { trashedAt: r.trashed_at } : {}),
        });
      } catch {
        // an unreadable row is derived again from its document (stale: seq 0)
        rows.push({ ...placeholder(r.id), trashed: r.trashed === 1 });
      }
    }
    return Promise.resolve(rows);
  }

  upsert(row: RelayCatalogRow): Promise<void> {
    const { seq, trashed, trashedAt, ...derived } = row;
    const json = JSON.stringify(derived);
    return this.hold(() => {
      this.stmts.upsert.run(row.id, seq, json, trashed ? 1 : 0, trashedAt ?? null);
    });
  }

  setTrashed(id: string, trashed: boolean, at: string): Promise<boolean> {
    return this.hold(
      () => this.stmts.trash.run(trashed ? 1 : 0, trashed ? at : null, id).changes > 0,
    );
  }

  remove(id: string): Promise<void> {
    return this.hold(() => {
      this.stmts.remove.run(id);
    });
  }

  workspaceGeneration(): Promise<number> {
    return Promise.resolve(this.stmts.generation.get()?.value ?? 0);
  }

  async bumpWorkspaceGeneration(): Promise<number> {
    await this.hold(() => this.stmts.bump.run());
    return this.workspaceGeneration();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

function placeholder(id: string): RelayCatalogRow {
  return {
    id,
    kind: 'map',
    title: '',
    tags: [],
    phases: [],
    cardCount: 0,
    cardsByLaneType: {},
    createdAt: '',
    updatedAt: '',
    trashed: false,
    seq: 0,
  };
}
