/** The issued share links in the relay's SQLite file (types.ts ShareLinkLog). */
import type { Database } from 'better-sqlite3';
import { linkRecord, linkValues, type LinkRow } from './linkRows';
import type { ShareLinkRecord } from './types';

export class SqliteLinks {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS share_links (
      id TEXT PRIMARY KEY, role TEXT NOT NULL, scope TEXT NOT NULL, room TEXT,
      generation INTEGER NOT NULL, created_at INTEGER NOT NULL,
      expires_at INTEGER, revoked_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS share_links_room ON share_links (room);`);
  }

  record(link: ShareLinkRecord): void {
    this.db
      .prepare(
        `INSERT INTO share_links (id, role, scope, room, generation, created_at, expires_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...linkValues(link));
  }

  list(room: string | null): ShareLinkRecord[] {
    const rows =
      room === null
        ? this.db
            .prepare<[], LinkRow>(
              "SELECT * FROM share_links WHERE scope = 'workspace' ORDER BY created_at, id",
            )
            .all()
        : this.db
            .prepare<[string], LinkRow>(
              "SELECT * FROM share_links WHERE scope = 'map' AND room = ? ORDER BY created_at, id",
            )
            .all(room);
    return rows.map(linkRecord);
  }

  revoke(id: string, at: number): ShareLinkRecord | null {
    this.db
      .prepare('UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(at, id);
    const row = this.db
      .prepare<[string], LinkRow>('SELECT * FROM share_links WHERE id = ?')
      .get(id);
    return row ? linkRecord(row) : null;
  }

  revoked(id: string): boolean {
    const row = this.db
      .prepare<[string], { r: number | null }>(
        'SELECT revoked_at AS r FROM share_links WHERE id = ?',
      )
      .get(id);
    return row?.r != null;
  }
}
