/**
 * The maps' trash flags in PostgreSQL, so every relay on the database shows and honours
 * the same trash: a map trashed through one relay is in the trash on all. One row per
 * trashed map; restoring deletes it. Read on each catalog request (one small query), so
 * no notification is needed and a relay that was away is right at once.
 */
import type pg from 'pg';
import type { SharedTrash } from './types';

export class PgTrash implements SharedTrash {
  constructor(private readonly pool: pg.Pool) {}

  static async createTable(c: pg.PoolClient): Promise<void> {
    await c.query(`CREATE TABLE IF NOT EXISTS journeyboard_trash (
      room       text PRIMARY KEY,
      trashed_at text NOT NULL
    )`);
  }

  async list(): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ room: string; trashed_at: string }>(
      'SELECT room, trashed_at FROM journeyboard_trash',
    );
    return new Map(rows.map((r) => [r.room, r.trashed_at]));
  }

  async set(room: string, trashed: boolean, at: string): Promise<void> {
    if (trashed)
      await this.pool.query(
        `INSERT INTO journeyboard_trash (room, trashed_at) VALUES ($1, $2)
         ON CONFLICT (room) DO UPDATE SET trashed_at = excluded.trashed_at`,
        [room, at],
      );
    else await this.pool.query('DELETE FROM journeyboard_trash WHERE room = $1', [room]);
  }
}
