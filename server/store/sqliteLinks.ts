/** The issued share links in the relay's SQLite file (types.ts ShareLinkLog). */
import type { Database } from 'better-sqlite3';
import type { ShareLinkRecord } from './types';

interface Row {
  id: string;
  role: string;
  scope: string;
  room: string | null;
  generation: number;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
}

function record(r: Row): ShareLinkRecord {
  return {
    id: r.id,
    role: r.role,
    scope: r.scope === 'workspace' ? 'workspace' : 'map',
    room: r.room,
    generation: r.generation,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

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
      .run(
        link.id,
        link.role,
        link.scope,
        link.room,
        link.generation,
        link.createdAt,
        link.expiresAt,
        link.revokedAt,
      );
  }

  list(room: string | null): ShareLinkRecord[] {
    const rows =
      room === null
        ? this.db
            .prepare<[], Row>(
              "SELECT * FROM share_links WHERE scope = 'workspace' ORDER BY created_at, id",
            )
            .all()
        : this.db
            .prepare<[string], Row>(
              "SELECT * FROM share_links WHERE scope = 'map' AND room = ? ORDER BY created_at, id",
            )
            .all(room);
    return rows.map(record);
  }

  revoke(id: string, at: number): ShareLinkRecord | null {
    this.db
      .prepare('UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(at, id);
    const row = this.db.prepare<[string], Row>('SELECT * FROM share_links WHERE id = ?').get(id);
    return row ? record(row) : null;
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
