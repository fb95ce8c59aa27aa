/**
 * Between relays on one PostgreSQL: LISTEN/NOTIFY on one channel. The store announces
 * commits, compactions and revocations with `pg_notify` INSIDE their transaction, so
 * PostgreSQL delivers them only after the commit — a relay that hears "room X has rows
 * up to N" finds them in the log. Presence (awareness) is published directly: it is not
 * stored. Each relay has an id and ignores its own notifications.
 *
 * One dedicated connection LISTENs. When it drops (PostgreSQL restarting), it is opened
 * again with a growing delay, and every listener is told `resync`: the rooms then read
 * the log by seq for whatever was announced meanwhile.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { CatalogRow } from '../../src/model/catalogRow';
import type { BusEvent, LogRow, RelayBus } from './types';

export const CHANNEL = 'journeyboard_relay';
/** NOTIFY payloads are limited to 8000 bytes */
const MAX_PAYLOAD = 7900;

/** What goes over the channel: short keys, one JSON object per notification. */
interface Wire {
  /** the relay that sent it */
  o: string;
  /** c commit, x compacted, a awareness, r revoke, g catalog row */
  k: 'c' | 'x' | 'a' | 'r' | 'g';
  r: string;
  s?: number;
  u?: number;
  /** awareness update, base64 */
  d?: string;
  /** commit: the announced rows' data, base64, ending at seq `s` (when they fit) */
  w?: string[];
  /** catalog: the derived row (null: the room has none) */
  j?: CatalogRow | null;
}

/**
 * `id`: the relay's own id when this bus belongs to one of its room workers (shards.ts),
 * so the relay's LISTEN ignores what its workers announce. `listen: false`: a worker's
 * bus, which does not LISTEN itself — the relay thread hands it the events (`emit`).
 */
export interface PgBusOptions {
  readonly id?: string;
  readonly listen?: boolean;
}

export class PgBus implements RelayBus {
  readonly id: string;
  readonly listens: boolean;
  private readonly listeners: ((event: BusEvent) => void)[] = [];
  private client: pg.Client | null = null;
  private connected = false;
  private closed = false;
  private retryMs = 100;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    options: PgBusOptions = {},
  ) {
    this.id = options.id ?? randomUUID();
    this.listens = options.listen ?? true;
  }

  /** Whether the LISTEN connection is up (healthz: a relay deaf to the others is unhealthy). */
  get listening(): boolean {
    return this.connected;
  }

  subscribe(listener: (event: BusEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Opens the LISTEN connection (rejects when PostgreSQL is not there). */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) this.receive(n.payload);
    });
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.connected = true;
    this.retryMs = 100;
  }

  /** A payload for `pg_notify` inside a store transaction. */
  payload(kind: 'c' | 'x' | 'r', room: string, seq?: number, upTo?: number): string {
    const wire: Wire = { o: this.id, k: kind, r: room };
    if (seq !== undefined) wire.s = seq;
    if (upTo !== undefined) wire.u = upTo;
    return JSON.stringify(wire);
  }

  /**
   * A commit's payload carrying its rows (ending at `seq`) when they fit: the other relays
   * apply them without reading the log — one query per remote commit per relay was what
   * limited two relays under load. Too big: the announcement alone, they read by seq.
   */
  commitPayload(room: string, seq: number, rows: readonly Uint8Array[]): string {
    const wire: Wire = { o: this.id, k: 'c', r: room, s: seq };
    const withRows = JSON.stringify({
      ...wire,
      w: rows.map((d) => Buffer.from(d).toString('base64')),
    });
    return Buffer.byteLength(withRows) <= MAX_PAYLOAD ? withRows : JSON.stringify(wire);
  }

  publishAwareness(room: string, update: Uint8Array): void {
    const wire: Wire = { o: this.id, k: 'a', r: room, d: Buffer.from(update).toString('base64') };
    const text = JSON.stringify(wire);
    if (Buffer.byteLength(text) > MAX_PAYLOAD) {
      this.log.warn({ room, bytes: update.byteLength }, 'awareness too big for other relays');
      return;
    }
    this.pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, text])
      .catch((err: unknown) => this.log.warn({ room, err }, 'awareness not published'));
  }

  /** Too big for a notification: not sent, the others derive the row themselves. */
  publishCatalog(room: string, seq: number, row: CatalogRow | null): void {
    const text = JSON.stringify({ o: this.id, k: 'g', r: room, s: seq, j: row } satisfies Wire);
    // PostgreSQL's limit is in bytes: a title in German or with emoji takes more than its length
    if (Buffer.byteLength(text) > MAX_PAYLOAD) return;
    this.pool
      .query('SELECT pg_notify($1, $2)', [CHANNEL, text])
      .catch((err: unknown) => this.log.warn({ room, err }, 'catalog row not published'));
  }

  private receive(text: string): void {
    let wire: Wire;
    try {
      wire = JSON.parse(text) as Wire;
    } catch {
      return;
    }
    if (wire.o === this.id || typeof wire.r !== 'string') return;
    let event: BusEvent | null = null;
    if (wire.k === 'c' && typeof wire.s === 'number')
      event = { kind: 'commit', room: wire.r, seq: wire.s, ...commitRows(wire.s, wire.w) };
    else if (wire.k === 'x' && typeof wire.s === 'number' && typeof wire.u === 'number')
      event = { kind: 'compacted', room: wire.r, seq: wire.s, upTo: wire.u };
    else if (wire.k === 'a' && typeof wire.d === 'string')
      event = { kind: 'awareness', room: wire.r, update: Buffer.from(wire.d, 'base64') };
    else if (wire.k === 'r') event = { kind: 'revoke', room: wire.r };
    else if (wire.k === 'g' && typeof wire.s === 'number' && typeof wire.j === 'object')
      event = { kind: 'catalog', room: wire.r, seq: wire.s, row: wire.j ?? null };
    if (event) this.emit(event);
  }

  /** Tells every listener (a worker's bus: what the relay thread heard for its rooms). */
  emit(event: BusEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        this.log.error({ err, event: event.kind }, 'bus listener failed');
      }
    }
  }

  private lost(client: pg.Client, err: Error): void {
    if (client !== this.client || this.closed) return;
    this.client = null;
    this.connected = false;
    this.log.warn({ err: err.message }, 'lost the LISTEN connection to PostgreSQL; reconnecting');
    client.end().catch(() => {});
    this.retry();
  }

  private retry(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start().then(
        () => {
          this.log.info('LISTEN connection to PostgreSQL back; catching up');
          this.emit({ kind: 'resync' });
        },
        (err: unknown) => {
          const failed = this.client;
          this.client = null;
          failed?.end().catch(() => {});
          this.log.debug({ err }, 'PostgreSQL still away');
          this.retryMs = Math.min(this.retryMs * 2, 2000);
          this.retry();
        },
      );
    }, this.retryMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.connected = false;
    await client?.end().catch(() => {});
  }
}

/** The rows a commit notification carries, numbered up to `last` (none if malformed). */
function commitRows(last: number, rows: unknown): { rows?: LogRow[] } {
  if (!Array.isArray(rows) || rows.length === 0 || !rows.every((d) => typeof d === 'string'))
    return {};
  const first = last - rows.length + 1;
  return {
    rows: (rows as string[]).map((d, i) => ({ seq: first + i, data: Buffer.from(d, 'base64') })),
  };
}
