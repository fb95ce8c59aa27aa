/**
 * The relay's storage in PostgreSQL (DATABASE_URL), shared by any number of relays.
 *
 *   journeyboard_rooms   (room PK, last_seq, generation)  — one row per map
 *   journeyboard_updates (room, seq) PK, data, sv         — the update log
 *
 * Sequence numbers are per room, taken from `journeyboard_rooms.last_seq` inside the
 * committing transaction: the row lock that takes makes the relays' commits of one room
 * follow one another, so seqs follow the commit order and a relay that read up to N
 * finds every later row with `seq > N` (store/types.ts). Rooms of one batch are locked
 * in id order, so two relays' batches cannot deadlock. Every commit announces itself
 * with `pg_notify` in its own transaction: the others hear of it only once it is
 * committed (pgBus.ts). With PostgreSQL's default `synchronous_commit = on` a commit is
 * flushed to the WAL on disk before it returns, so forwarded means durable.
 */
import pg from 'pg';
import type { Logger } from 'pino';
import { CHANNEL, PgBus, type PgBusOptions } from './pgBus';
import { PgTrash } from './pgTrash';
import { LINKS_SCHEMA, listPgLinks, pgLinkRevoked, recordPgLink, revokePgLink } from './pgLinks';
import { storedRoom, view } from './storedRoom';
import { LINK_REVOKE_PREFIX } from './types';
import type { LogRow, NewRow, RelayStore, ShareLinkRecord, StoredRoom } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS journeyboard_rooms (
  room       text PRIMARY KEY,
  last_seq   bigint NOT NULL DEFAULT 0,
  generation integer NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS journeyboard_updates (
  room text   NOT NULL,
  seq  bigint NOT NULL,
  data bytea  NOT NULL,
  sv   bytea,
  PRIMARY KEY (room, seq)
);`;
/** relays starting together must not create the tables twice */
const SCHEMA_LOCK = 7_424_011;

// bigint columns come back as strings by default; seqs stay far below 2^53
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

const buffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export class PostgresStore implements RelayStore {
  readonly kind = 'postgres' as const;
  readonly bus: PgBus;
  readonly trash: PgTrash;
  private readonly pool: pg.Pool;

  /** `poolMax`: connections (8); `bus`: a room worker's (shards.ts, pgBus.ts) */
  constructor(
    url: string,
    private readonly log: Logger,
    options: { readonly poolMax?: number; readonly bus?: PgBusOptions } = {},
  ) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolMax ?? 8,
      connectionTimeoutMillis: 5000,
      query_timeout: 15_000,
      types,
    });
    // an idle connection dropped by a restarting server must not end the process
    this.pool.on('error', (err) => log.warn({ err: err.message }, 'PostgreSQL connection lost'));
    this.bus = new PgBus(url, this.pool, log, options.bus);
    this.trash = new PgTrash(this.pool);
  }

  async open(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await c.query(SCHEMA);
      await PgTrash.createTable(c);
      await c.query(LINKS_SCHEMA);
    });
    if (this.bus.listens) await this.bus.start();
  }

  private async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await work(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  async load(room: string): Promise<StoredRoom> {
    const { rows } = await this.pool.query<{ seq: number; data: Buffer; sv: Buffer | null }>(
      'SELECT seq, data, sv FROM journeyboard_updates WHERE room = $1 ORDER BY seq',
      [room],
    );
    return storedRoom(rows);
  }

  async readSince(room: string, afterSeq: number): Promise<LogRow[]> {
    const { rows } = await this.pool.query<{ seq: number; data: Buffer }>(
      'SELECT seq, data FROM journeyboard_updates WHERE room = $1 AND seq > $2 ORDER BY seq',
      [room, afterSeq],
    );
    return rows.map((r) => ({ seq: r.seq, data: view(r.data) }));
  }

  async appendBatch(rows: readonly NewRow[]): Promise<number[]> {
    if (rows.length === 0) return [];
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.room, (counts.get(r.room) ?? 0) + 1);
    const rooms = [...counts.keys()].sort();
    return this.transaction(async (c) => {
      // one statement reserves every room's seqs, locking the room rows in id order
      const reserved = await c.query<{ room: string; last_seq: number }>(
        `INSERT INTO journeyboard_rooms AS r (room, last_seq)
           SELECT * FROM unnest($1::text[], $2::bigint[]) ORDER BY 1
         ON CONFLICT (room) DO UPDATE SET last_seq = r.last_seq + EXCLUDED.last_seq
         RETURNING room, last_seq`,
        [rooms, rooms.map((r) => counts.get(r)!)],
      );
      const next = new Map<string, number>();
      const last = new Map<string, number>();
      for (const row of reserved.rows) {
        next.set(row.room, row.last_seq - counts.get(row.room)! + 1);
        last.set(row.room, row.last_seq);
      }
      const seqs = rows.map((r) => {
        const seq = next.get(r.room)!;
        next.set(r.room, seq + 1);
        return seq;
      });
      await c.query(
        `INSERT INTO journeyboard_updates (room, seq, data)
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::bytea[])`,
        [rows.map((r) => r.room), seqs, rows.map((r) => buffer(r.data))],
      );
      const data = new Map<string, Uint8Array[]>();
      for (const r of rows) data.set(r.room, [...(data.get(r.room) ?? []), r.data]);
      await c.query('SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p', [
        CHANNEL,
        rooms.map((room) => this.bus.commitPayload(room, last.get(room)!, data.get(room)!)),
      ]);
      return seqs;
    });
  }

  async compact(
    room: string,
    merged: Uint8Array,
    stateVector: Uint8Array,
    upToSeq: number,
  ): Promise<number> {
    return this.transaction(async (c) => {
      const { rows } = await c.query<{ last_seq: number }>(
        `INSERT INTO journeyboard_rooms AS r (room, last_seq) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET last_seq = r.last_seq + 1 RETURNING last_seq`,
        [room],
      );
      const seq = rows[0]!.last_seq;
      await c.query(
        'INSERT INTO journeyboard_updates (room, seq, data, sv) VALUES ($1, $2, $3, $4)',
        [room, seq, buffer(merged), buffer(stateVector)],
      );
      await c.query('DELETE FROM journeyboard_updates WHERE room = $1 AND seq <= $2', [
        room,
        upToSeq,
      ]);
      await c.query('SELECT pg_notify($1, $2)', [
        CHANNEL,
        this.bus.payload('x', room, seq, upToSeq),
      ]);
      return seq;
    });
  }

  async roomIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ room: string }>(
      'SELECT DISTINCT room FROM journeyboard_updates ORDER BY room',
    );
    return rows.map((r) => r.room);
  }

  async hasRoom(room: string): Promise<boolean> {
    const { rows } = await this.pool.query(
      'SELECT 1 FROM journeyboard_updates WHERE room = $1 LIMIT 1',
      [room],
    );
    return rows.length > 0;
  }

  async heads(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ room: string; seq: number }>(
      'SELECT room, max(seq) AS seq FROM journeyboard_updates GROUP BY room',
    );
    return new Map(rows.map((r) => [r.room, Number(r.seq)]));
  }

  async generation(room: string): Promise<number> {
    const { rows } = await this.pool.query<{ generation: number }>(
      'SELECT generation FROM journeyboard_rooms WHERE room = $1',
      [room],
    );
    return rows[0]?.generation ?? 0;
  }

  async bumpGeneration(room: string): Promise<number> {
    return this.transaction(async (c) => {
      const { rows } = await c.query<{ generation: number }>(
        `INSERT INTO journeyboard_rooms AS r (room, generation) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET generation = r.generation + 1 RETURNING generation`,
        [room],
      );
      await c.query('SELECT pg_notify($1, $2)', [CHANNEL, this.bus.payload('r', room)]);
      return rows[0]!.generation;
    });
  }

  recordLink(link: ShareLinkRecord): Promise<void> {
    return recordPgLink(this.pool, link);
  }

  listLinks(room: string | null): Promise<ShareLinkRecord[]> {
    return listPgLinks(this.pool, room);
  }

  revokeLink(id: string, at: number): Promise<ShareLinkRecord | null> {
    return this.transaction((c) =>
      revokePgLink(c, id, at, () =>
        c.query('SELECT pg_notify($1, $2)', [
          CHANNEL,
          this.bus.payload('r', LINK_REVOKE_PREFIX + id),
        ]),
      ),
    );
  }

  linkRevoked(id: string): Promise<boolean> {
    return pgLinkRevoked(this.pool, id);
  }

  async check(): Promise<void> {
    await this.pool.query('SELECT 1');
    if (!this.bus.listening) throw new Error('not listening to the other relays');
  }

  async close(): Promise<void> {
    await this.bus.close();
    await this.pool.end().catch((err: unknown) => this.log.warn({ err }, 'closing the pool'));
  }
}
