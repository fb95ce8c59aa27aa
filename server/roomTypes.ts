/** What a room needs and how it sees a connection (room.ts and its parts). */
import type { Logger } from 'pino';
import type { Role } from './auth';
import type { CommitQueue } from './commit';
import type { RelayLimits } from './config';
import type { RelayMetrics } from './metrics';
import type { OutFrame } from './protocol';
import type { RelayBus, RelayStore } from './store/types';

/** A connection as the room sees it. */
export interface Peer {
  readonly id: number;
  readonly role: Role;
  /** awareness client ids this peer announced; removed when it leaves */
  readonly awarenessIds: Set<number>;
  /** sends right away (the room goes through CommitQueue.deliver, which may hold it back) */
  send(frame: OutFrame): void;
  /** closes this connection for a reason (named close code, one log line) */
  reject(reason: string, code: number, detail: string): void;
  /** holds writes back until `uncork`: what is sent in between leaves in one write */
  cork(): void;
  uncork(): void;
}

export interface RoomDeps {
  readonly storage: RelayStore;
  /** other relays on the same database (null: this relay is alone) */
  readonly bus?: RelayBus | null;
  readonly metrics: RelayMetrics;
  readonly log: Logger;
  readonly maxDocBytes: number;
  /** the map's budget of update work (shared by all its connections); none: unlimited */
  readonly limits?: Pick<RelayLimits, 'workMsPerSecond' | 'workMsBurst'>;
  readonly commits: CommitQueue;
}

/** The stored document could not be read or decoded: the room cannot serve it. */
export class StorageFailure extends Error {}
