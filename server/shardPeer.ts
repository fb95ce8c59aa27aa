/**
 * A connection as a room worker sees it (shardWorker.ts): its socket lives in the relay
 * thread, so what the room sends it, and why it must be closed, are posted there. Frames
 * that come before the peer joined its room (the room still loading) wait, in order.
 */
import type { Role } from './auth';
import { BREATHE_AFTER_MS } from './connection';
import { FrameWork, type WorkBudget } from './frameWork';
import type { RelayMetrics } from './metrics';
import type { OutFrame } from './protocol';
import type { Room } from './room';
import type { Peer } from './roomTypes';
import type { FromShard } from './shardTypes';
import type { WorkClock } from './workClock';

export class ShardPeer implements Peer {
  readonly awarenessIds = new Set<number>();
  room: Room | null = null;
  closed = false;
  private readonly frames: FrameWork;
  private waiting: Uint8Array[] = [];
  private corked: OutFrame[] | null = null;

  constructor(
    readonly id: number,
    readonly role: Role,
    private readonly post: (m: FromShard) => void,
    deps: { metrics: RelayMetrics; budget: WorkBudget; clock?: WorkClock },
  ) {
    this.frames = new FrameWork(this, deps);
  }

  /** In its room now: what waited is handled. */
  joined(room: Room): void {
    this.room = room;
    room.join(this);
    const waiting = this.waiting;
    this.waiting = [];
    for (const frame of waiting) this.receive(frame);
  }

  receive(frame: Uint8Array): void {
    if (this.closed) return;
    if (!this.room) {
      this.waiting.push(frame);
      return;
    }
    const wallMs = this.frames.process(this.room, frame);
    // the relay thread pauses reading the socket (connection.ts, breathe); a cheap update
    // (nearly all) posts nothing
    if (wallMs >= BREATHE_AFTER_MS) this.post({ t: 'breathe', conn: this.id, ms: wallMs });
  }

  send(frame: OutFrame): void {
    if (this.closed) return;
    if (this.corked) this.corked.push(frame);
    else this.post({ t: 'send', conn: this.id, frames: [frame] });
  }

  cork(): void {
    this.corked ??= [];
  }

  uncork(): void {
    const frames = this.corked;
    this.corked = null;
    if (frames && frames.length > 0 && !this.closed)
      this.post({ t: 'send', conn: this.id, frames });
  }

  reject(reason: string, code: number, detail: string): void {
    if (this.closed) return;
    this.closed = true;
    this.post({ t: 'reject', conn: this.id, reason, code, detail });
  }

  /** The socket closed (or was rejected): out of the room. */
  leave(): void {
    this.closed = true;
    this.waiting = [];
    this.room?.leave(this);
  }
}
