/** The messages between the relay thread and its room workers (shards.ts, shardWorker.ts). */
import type { Role } from './auth';
import type { RelayConfig } from './config';
import type { FeedItem, FeedResult } from './feedApply';
import type { CounterSnapshot } from './metrics';
import type { OutFrame } from './protocol';
import type { BusEvent } from './store/types';
import type { WorkerLoop } from './workerMetrics';

export interface ShardInit {
  readonly index: number;
  readonly config: RelayConfig;
  /** PostgreSQL: the relay's bus id, which the worker's notifications carry (shardStore.ts) */
  readonly busId: string | null;
  /** one SQLite writer at a time across the workers (store/writeLock.ts) */
  readonly writeLock: SharedArrayBuffer;
}

/** relay thread → worker; those with `id` are answered with a `reply` of that id */
export type ToShard =
  | { readonly t: 'open'; readonly id: number; readonly room: string; readonly cap: number }
  | { readonly t: 'evict'; readonly id: number }
  | { readonly t: 'join'; readonly conn: number; readonly room: string; readonly role: Role }
  | { readonly t: 'frame'; readonly conn: number; readonly data: Uint8Array }
  | { readonly t: 'leave'; readonly conn: number }
  | {
      readonly t: 'feed';
      readonly id: number;
      readonly room: string;
      readonly items: readonly FeedItem[];
    }
  | { readonly t: 'stop'; readonly id: number }
  /** what other relays did to a map of this worker (or `resync`: to every worker) */
  | { readonly t: 'bus'; readonly event: BusEvent }
  /** answered once every update this worker accepted before it is committed */
  | { readonly t: 'drain'; readonly id: number };

export type OpenResult = 'ok' | 'full' | 'failed';

/** worker → relay thread */
export type FromShard =
  | { readonly t: 'ready' }
  /** several messages of one task, in order (shardOutbox.ts) */
  | { readonly t: 'batch'; readonly items: readonly FromShard[] }
  | { readonly t: 'send'; readonly conn: number; readonly frames: readonly OutFrame[] }
  /** the same frames to several sockets (a forwarded update: shardOutbox.ts) */
  | { readonly t: 'sendMany'; readonly conns: number[]; readonly frames: readonly OutFrame[] }
  | {
      readonly t: 'reject';
      readonly conn: number;
      readonly reason: string;
      readonly code: number;
      readonly detail: string;
    }
  | { readonly t: 'breathe'; readonly conn: number; readonly ms: number }
  | { readonly t: 'committed'; readonly rooms: readonly string[] }
  | {
      readonly t: 'stats';
      readonly rooms: number;
      readonly counters: CounterSnapshot;
      /** samples of the summaries since the last stats: storage latency, forward delay */
      readonly samples: readonly [readonly number[], readonly number[]];
      /** the worker's own event loop and work time (workerMetrics.ts) */
      readonly loop: WorkerLoop;
    }
  | {
      readonly t: 'reply';
      readonly id: number;
      readonly rooms: number;
      readonly open?: OpenResult;
      readonly evicted?: boolean;
      readonly feed?: FeedResult;
      readonly error?: string;
    };
