/** The issued share links in PostgreSQL (types.ts ShareLinkLog), shared by every relay. */
import type pg from 'pg';
import { linkRecord, linkValues, type LinkRow } from './linkRows';
import type { ShareLinkRecord } from './types';

export const LINKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS journeyboard_links (
  id         text PRIMARY KEY,
  role       text NOT NULL,
  scope      text NOT NULL,
  room       text,
  generation integer NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint,
  revoked_at bigint
);
CREATE INDEX IF NOT EXISTS journeyboard_links_room ON journeyboard_links (room);`;

export async function recordPgLink(pool: pg.Pool, link: ShareLinkRecord): Promise<void> {
  await pool.query(
    `INSERT INTO journeyboard_links
       (id, role, scope, room, generation, created_at, expires_at, revoked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    linkValues(link),
  );
}

export async function listPgLinks(pool: pg.Pool, room: string | null): Promise<ShareLinkRecord[]> {
  const { rows } =
    room === null
      ? await pool.query<LinkRow>(
          "SELECT * FROM journeyboard_links WHERE scope = 'workspace' ORDER BY created_at, id",
        )
      : await pool.query<LinkRow>(
          "SELECT * FROM journeyboard_links WHERE scope = 'map' AND room = $1 ORDER BY created_at, id",
          [room],
        );
  return rows.map(linkRecord);
}

/** Marks the link revoked and announces it (`notify`) in the same transaction. */
export async function revokePgLink(
  c: pg.PoolClient,
  id: string,
  at: number,
  notify: () => Promise<unknown>,
): Promise<ShareLinkRecord | null> {
  await c.query(
    'UPDATE journeyboard_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
    [at, id],
  );
  const { rows } = await c.query<LinkRow>('SELECT * FROM journeyboard_links WHERE id = $1', [id]);
  if (!rows[0]) return null;
  await notify();
  return linkRecord(rows[0]);
}

export async function pgLinkRevoked(pool: pg.Pool, id: string): Promise<boolean> {
  const { rows } = await pool.query<{ r: string | null }>(
    'SELECT revoked_at AS r FROM journeyboard_links WHERE id = $1',
    [id],
  );
  return rows[0]?.r != null;
}
