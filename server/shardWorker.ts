/**
 * A room worker (shards.ts): owns the rooms of the maps hashed to it — their documents,
 * presence, budgets, group commit and compaction — with its own connection to the
 * SQLite file (WAL: workers write their own rooms' rows, each in its own transactions)
 * or its own small PostgreSQL pool (shardStore.ts; other relays' events come from the
 * relay thread's LISTEN as `bus` messages).
 * The relay thread owns the sockets and posts each socket's frames here; what the rooms
 * send goes back as messages. Nothing is posted for sending before it is committed: the
 * worker's CommitQueue holds it exactly as in the relay thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CommitQueue } from './commit';
import { dumpTrace, mark } from './frameTrace';
import { createLogger } from './log';
import { RelayMetrics } from './metrics';
import { RoomManager, RoomsFullError } from './rooms';
import { ShardOutbox } from './shardOutbox';
import { ShardPeer } from './shardPeer';
import { deliverBusEvent, openShardStore } from './shardStore';
import type { FromShard, ShardInit, ToShard } from './shardTypes';
import { WriteLock } from './store/writeLock';
import { nameThread } from './threadName';
import { workerLoop } from './workerMetrics';

const port = parentPort!;
const { index, config, busId, writeLock } = workerData as ShardInit;
nameThread(`jb-room-${index}`);
/** one postMessage per task (shardOutbox.ts) */
const { post } = new ShardOutbox(
  (m: FromShard) => port.postMessage(m),
  () => statsMessage(),
);
const log = createLogger(config.logLevel, config.dataDir).child({ worker: index });
const storage = openShardStore(config, busId, log, {
  // WAL checkpoints in a thread of their own, never inside this worker's commits
  backgroundCheckpoints: true,
  writeLock: new WriteLock(writeLock, index + 1),
});
const peers = new Map<number, ShardPeer>();
const metrics: RelayMetrics = new RelayMetrics(() => ({
  connections: peers.size,
  rooms: rooms.size,
}));
const commits = new CommitQueue({
  storage,
  metrics,
  log,
  onCommitted: (ids) => {
    post({ t: 'committed', rooms: ids });
    stats();
  },
});
/** MAX_ROOMS is the relay's: the relay thread tells how many slots are left for this worker */
const limits = { ...config.limits };
const rooms: RoomManager = new RoomManager({
  storage,
  bus: storage.bus,
  metrics,
  log,
  maxDocBytes: config.maxDocBytes,
  limits,
  commits,
});

metrics.storageLatency.tap = [];
metrics.forwardDelay.tap = [];
let statsQueued = false;
let statsDirty = false;
/** the counters the relay thread adds to /metrics, once per turn at most */
function stats(): void {
  statsDirty = true;
  if (statsQueued) return;
  statsQueued = true;
  setImmediate(() => {
    statsQueued = false;
    const m = statsMessage();
    if (m) post(m);
  });
}

/** The counters, if they changed since the last: with the next post, or on their own. */
function statsMessage(): FromShard | null {
  if (!statsDirty) return null;
  statsDirty = false;
  const samples = [metrics.storageLatency.tap ?? [], metrics.forwardDelay.tap ?? []] as const;
  metrics.storageLatency.tap = [];
  metrics.forwardDelay.tap = [];
  const loop = ownLoop.figures();
  return { t: 'stats', rooms: rooms.size, counters: metrics.snapshot(), samples, loop };
}
/** this worker's own loop and the budgets' clock (workerMetrics.ts) */
const ownLoop = workerLoop(metrics);
setInterval(() => {
  ownLoop.tick();
  stats();
}, 1000).unref();

async function open(id: number, room: string, cap: number): Promise<void> {
  limits.maxRooms = cap;
  try {
    await rooms.acquire(room);
    post({ t: 'reply', id, rooms: rooms.size, open: 'ok' });
  } catch (err) {
    if (!(err instanceof RoomsFullError)) log.error({ room, err }, 'room failed to load');
    const open = err instanceof RoomsFullError ? 'full' : 'failed';
    post({ t: 'reply', id, rooms: rooms.size, open });
  }
}

function join(conn: number, room: string, role: ShardPeer['role']): void {
  const peer = new ShardPeer(conn, role, post, {
    metrics,
    budget: config.limits,
    clock: ownLoop.clock,
  });
  peers.set(conn, peer);
  rooms.acquire(room).then(
    (r) => {
      if (!peer.closed) peer.joined(r);
    },
    (err: unknown) => {
      log.error({ room, err }, 'room failed to load');
      peer.reject('storage_failure', 1011, 'room failed to load');
    },
  );
}

async function stop(id: number): Promise<void> {
  await rooms.closeAll();
  await storage.close();
  metrics.stop();
  dumpTrace();
  post({ t: 'reply', id, rooms: 0 });
}

/** messages are handled once storage is open, in order; after `stop`, none */
const opened = storage.open();
let stopping = false;
port.on('message', (m: ToShard) => void opened.then(() => handle(m)));

function handle(m: ToShard): void {
  if (stopping) return;
  switch (m.t) {
    case 'frame':
      mark('w.frame');
      peers.get(m.conn)?.receive(m.data);
      mark('w.handled');
      stats();
      return;
    case 'join':
      join(m.conn, m.room, m.role);
      return;
    case 'leave':
      peers.get(m.conn)?.leave();
      peers.delete(m.conn);
      return;
    case 'open':
      void open(m.id, m.room, m.cap);
      return;
    case 'evict':
      post({ t: 'reply', id: m.id, rooms: rooms.size, evicted: rooms.evictOneIdle() });
      return;
    case 'feed':
      // loaded when first needed: the doc layer is most of a worker's start-up
      import('./feedApply')
        .then(({ applyFeed }) => applyFeed(rooms, commits, m.room, m.items))
        .then(
          (feed) => post({ t: 'reply', id: m.id, rooms: rooms.size, feed }),
          (err: unknown) =>
            post({ t: 'reply', id: m.id, rooms: rooms.size, error: (err as Error).message }),
        );
      return;
    case 'bus':
      deliverBusEvent(storage, m.event);
      return;
    case 'drain':
      void commits.drain().then(() => post({ t: 'reply', id: m.id, rooms: rooms.size }));
      return;
    case 'stop':
      stopping = true;
      void stop(m.id);
      return;
  }
}

opened.then(
  () => post({ t: 'ready' }),
  (err: unknown) => {
    log.error({ err }, 'room worker could not open storage');
    process.exit(1);
  },
);
