/**
 * Rooms sharded over worker threads by map id (RELAY_WORKERS, default: the cores): a
 * stable hash picks the worker of a map, which owns its room — decoding, applying and
 * committing its updates, compaction (shardWorker.ts). The relay thread keeps sockets,
 * tokens, HTTP and the limits on frames (rate, bytes) and passes each frame on
 * (its buffer transferred, not copied). A map that floods its worker with expensive
 * updates holds up only the maps of that worker, never the relay thread.
 *
 * A worker that dies is started again; the sockets of its maps are closed with 1011
 * (transient: the stock client reconnects) and its rooms load again from storage —
 * nothing was forwarded that was not committed, so nothing anyone saw is lost.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { CloseCode } from './closeCodes';
import type { RelayConfig } from './config';
import type { Connection, ConnectionRoom } from './connection';
import type { FeedItem, FeedResult } from './feedApply';
import type { CounterSnapshot, RelayMetrics } from './metrics';
import type { ClientMessage } from './protocol';
import type { Peer } from './roomTypes';
import { mark } from './frameTrace';
import { RoomsFullError } from './rooms';
import type { FromShard, OpenResult, ToShard } from './shardTypes';
import type { BusEvent, RelayBus } from './store/types';
import { WriteLock } from './store/writeLock';
import { renderWorkerLoops, type WorkerLoop } from './workerMetrics';

/** Worker mode: two or more workers (SQLite or PostgreSQL). */
export function shardCount(config: RelayConfig): number {
  const n = config.relayWorkers ?? 0;
  return n >= 2 ? n : 0;
}

/** FNV-1a of the map id: the same map always goes to the same worker. */
export function shardOf(mapId: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < mapId.length; i++) h = Math.imul(h ^ mapId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

type Reply = Extract<FromShard, { t: 'reply' }>;

interface Shard {
  worker: Worker;
  readonly bornAt: number;
  /** dead, waiting to be started again: its maps are refused (1011, transient) meanwhile */
  down: boolean;
  /** the wait before the next start when it dies young (a worker that cannot start) */
  readonly backoff: number;
  ready: Promise<void>;
  rooms: number;
  counters: CounterSnapshot;
  loop?: WorkerLoop;
  readonly conns: Set<Connection>;
  readonly waiting: Map<number, { resolve(r: Reply): void; reject(e: Error): void }>;
}

export class ShardPool {
  private readonly shards: Shard[] = [];
  private readonly conns = new Map<number, Connection>();
  /** counters of workers that died (their totals stay in /metrics) */
  private readonly retired: CounterSnapshot[] = [];
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly deps: {
      config: RelayConfig;
      count: number;
      /** the workers' (and the catalog's) SQLite write lock (store/writeLock.ts) */
      writeLock: SharedArrayBuffer;
      log: Logger;
      metrics: RelayMetrics;
      onCommitted: (rooms: readonly string[]) => void;
      /** PostgreSQL: the relay's bus (its LISTEN); its events go to the worker of their map */
      bus?: RelayBus | null;
    },
  ) {
    for (let i = 0; i < deps.count; i++) this.shards.push(this.spawn(i));
    deps.metrics.external = () => [...this.retired, ...this.shards.map((s) => s.counters)];
    deps.metrics.extra = () => renderWorkerLoops(this.shards.map((s) => s.loop));
    deps.bus?.subscribe(this.route);
  }

  /**
   * What other relays did: a map's commits, compactions and presence to the worker that
   * owns it, `resync` to every worker (their rooms catch up from the log). Revocations
   * stay here: the sockets are the relay thread's.
   */
  private readonly route = (event: BusEvent): void => {
    if (event.kind === 'revoke' || event.kind === 'catalog') return;
    if (event.kind === 'resync') {
      for (let i = 0; i < this.shards.length; i++) this.post(i, { t: 'bus', event });
      return;
    }
    this.post(shardOf(event.room, this.shards.length), { t: 'bus', event });
  };

  /**
   * Resolves once every update the workers accepted before this call is committed (what
   * reads storage and promises to include everything acknowledged waits for it). A worker
   * that is restarting has nothing pending: what it had was lost unacknowledged.
   */
  async drain(): Promise<void> {
    await Promise.all(
      this.shards.map((_, i) => this.request(i, (id) => ({ t: 'drain', id })).catch(() => null)),
    );
  }

  /** Resolves when every worker has loaded and opened its storage (or died trying). */
  async start(): Promise<void> {
    await Promise.all(this.shards.map((s) => s.ready));
  }

  /** Rooms loaded in all workers. */
  get size(): number {
    return this.shards.reduce((n, s) => n + s.rooms, 0);
  }

  /** The map's room, loaded in its worker. Rejects with RoomsFullError when no slot is free. */
  async acquire(mapId: string): Promise<ShardRoom> {
    const index = shardOf(mapId, this.shards.length);
    let result = await this.open(index, mapId);
    // no idle room of its own worker to make way: one of another worker's
    if (result === 'full' && (await this.evictElsewhere(index)))
      result = await this.open(index, mapId);
    if (result === 'full') throw new RoomsFullError(`${this.size} rooms in memory`);
    if (result === 'failed') throw new Error(`room ${mapId} failed to load`);
    return new ShardRoom(mapId, this, index);
  }

  private async open(index: number, room: string): Promise<OpenResult> {
    const others = this.size - this.shards[index]!.rooms;
    const cap = Math.max(0, this.deps.config.limits.maxRooms - others);
    return (await this.request(index, (id) => ({ t: 'open', id, room, cap }))).open ?? 'failed';
  }

  private async evictElsewhere(except: number): Promise<boolean> {
    for (let i = 0; i < this.shards.length; i++)
      if (i !== except && (await this.request(i, (id) => ({ t: 'evict', id }))).evicted)
        return true;
    return false;
  }

  /** The KPI feed's write, in the map's worker. */
  async feed(mapId: string, items: readonly FeedItem[]): Promise<FeedResult> {
    const index = shardOf(mapId, this.shards.length);
    const reply = await this.request(index, (id) => ({ t: 'feed', id, room: mapId, items }));
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.feed ?? { kind: 'storage-failed' };
  }

  join(index: number, conn: Connection, room: string): void {
    const shard = this.shards[index]!;
    this.conns.set(conn.id, conn);
    shard.conns.add(conn);
    conn.forward = (data) =>
      this.shards[index]!.worker.postMessage(
        { t: 'frame', conn: conn.id, data } satisfies ToShard,
        [data.buffer as ArrayBuffer],
      );
    this.post(index, { t: 'join', conn: conn.id, room, role: conn.role });
  }

  leave(index: number, conn: Connection): void {
    if (!this.conns.delete(conn.id)) return;
    this.shards[index]!.conns.delete(conn);
    this.post(index, { t: 'leave', conn: conn.id });
  }

  /** Stops a worker as a crash would (tests): its sockets close, it starts again. */
  kill(index: number): Promise<number> {
    return this.shards[index]!.worker.terminate();
  }

  /** Commits, compacts and closes every worker's rooms (shutdown). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.shards.map((_, i) => this.request(i, (id) => ({ t: 'stop', id })).catch(() => null)),
    );
    await Promise.all(this.shards.map((s) => s.worker.terminate()));
  }

  private post(index: number, m: ToShard): void {
    const shard = this.shards[index]!;
    if (!shard.down) shard.worker.postMessage(m);
  }

  private request(index: number, make: (id: number) => ToShard): Promise<Reply> {
    const shard = this.shards[index]!;
    const id = this.nextId++;
    if (shard.down) return Promise.reject(new Error(`room worker ${index} is restarting`));
    return new Promise<Reply>((resolve, reject) => {
      shard.waiting.set(id, { resolve, reject });
      shard.worker.postMessage(make(id));
    });
  }

  private spawn(index: number, backoff = 0): Shard {
    const worker = new Worker(new URL('./shardWorker.mjs', import.meta.url), {
      workerData: {
        index,
        config: this.deps.config,
        busId: this.deps.bus?.id ?? null,
        writeLock: this.deps.writeLock,
      },
    });
    let started!: () => void;
    const shard: Shard = {
      worker,
      bornAt: Date.now(),
      down: false,
      backoff,
      ready: new Promise<void>((resolve) => (started = resolve)),
      rooms: 0,
      counters: {},
      conns: new Set(),
      waiting: new Map(),
    };
    worker.on('message', (m: FromShard) => this.receive(shard, m, started));
    worker.on('error', (err) => this.deps.log.error({ worker: index, err }, 'room worker failed'));
    worker.on('exit', (code) => {
      started(); // start() waits for no worker that died before it was ready
      this.exited(index, shard, code);
    });
    return shard;
  }

  private receive(shard: Shard, m: FromShard, started: () => void): void {
    switch (m.t) {
      case 'batch':
        for (const item of m.items) this.receive(shard, item, started);
        return;
      case 'send': {
        mark('r.back');
        const conn = this.conns.get(m.conn);
        if (!conn) return;
        conn.cork();
        for (const frame of m.frames) conn.send(frame);
        conn.uncork();
        mark('r.written');
        return;
      }
      case 'sendMany': {
        mark('r.back');
        for (const id of m.conns) {
          const conn = this.conns.get(id);
          if (!conn) continue;
          conn.cork();
          for (const frame of m.frames) conn.send(frame);
          conn.uncork();
        }
        mark('r.written');
        return;
      }
      case 'reject':
        this.conns.get(m.conn)?.reject(m.reason, m.code, m.detail);
        return;
      case 'breathe':
        this.conns.get(m.conn)?.breathe(m.ms);
        return;
      case 'committed':
        this.deps.onCommitted(m.rooms);
        return;
      case 'stats':
        shard.rooms = m.rooms;
        shard.counters = m.counters;
        shard.loop = m.loop;
        for (const v of m.samples[0]) this.deps.metrics.storageLatency.observe(v);
        for (const v of m.samples[1]) this.deps.metrics.forwardDelay.observe(v);
        return;
      case 'reply': {
        shard.rooms = m.rooms;
        const w = shard.waiting.get(m.id);
        shard.waiting.delete(m.id);
        w?.resolve(m);
        return;
      }
      case 'ready':
        started();
        return;
    }
  }

  /** A worker ended: unless the relay is closing, its sockets go and it starts again. */
  private exited(index: number, shard: Shard, code: number): void {
    WriteLock.releaseIfHeldBy(this.deps.writeLock, index + 1);
    for (const w of shard.waiting.values()) w.reject(new Error(`room worker ${index} stopped`));
    shard.waiting.clear();
    if (this.closing) return;
    this.deps.log.error({ worker: index, code }, 'room worker stopped; starting it again');
    this.retired.push(shard.counters);
    for (const conn of shard.conns) {
      this.conns.delete(conn.id);
      conn.close(CloseCode.internalError, 'room worker restarted');
    }
    shard.conns.clear();
    shard.down = true;
    // one that died young waits longer each time (up to 5 s): no busy loop of restarts
    const young = Date.now() - shard.bornAt < 2000;
    const wait = young ? Math.min(5000, Math.max(100, shard.backoff * 2)) : 0;
    const restart = () => {
      if (!this.closing) this.shards[index] = this.spawn(index, young ? wait : 0);
    };
    if (wait === 0) restart();
    else setTimeout(restart, wait).unref();
  }
}

/** A room as the relay thread sees it when it lives in a worker. */
export class ShardRoom implements ConnectionRoom {
  readonly work = null;

  constructor(
    readonly id: string,
    private readonly pool: ShardPool,
    readonly shard: number,
  ) {}

  handle(_peer: Peer, _msg: ClientMessage): void {
    throw new Error('a sharded room handles its frames in its worker');
  }

  join(conn: Connection): void {
    this.pool.join(this.shard, conn, this.id);
  }

  leave(conn: Connection): void {
    this.pool.leave(this.shard, conn);
  }
}
