/**
 * What a room worker posts to the relay thread, gathered per task: every message the
 * worker makes while handling one incoming message (or one commit) leaves in ONE
 * postMessage at the end of that task (a microtask), in the order it was made. A commit
 * that forwards an update to 30 sockets is then one post instead of 30, and the update's
 * bytes — the same Uint8Array for every reader — are cloned once (structured clone keeps
 * identity within a message): the relay thread writes the same bytes to every socket.
 * The worker's counters ride along with whatever goes out (`tail`).
 *
 * Consecutive `send`s of the same frames (by identity: a commit forwards one frame
 * object to every reader) become one `sendMany` with the sockets' ids: cloning 30
 * small objects and their arrays cost ~55–80 µs per forwarded update (post + receive),
 * one object with 30 ids ~5 µs — and the relay thread writes to the first socket sooner.
 */
import type { OutFrame } from './protocol';
import type { FromShard } from './shardTypes';

export class ShardOutbox {
  private items: FromShard[] = [];
  private queued = false;

  constructor(
    private readonly postMessage: (m: FromShard) => void,
    /** a last message for every post, if any (the worker's counters, when they changed) */
    private readonly tail: () => FromShard | null = () => null,
  ) {}

  /** Queues `m`; everything queued in this task goes out together, in order. */
  readonly post = (m: FromShard): void => {
    if (m.t === 'send' && this.joined(m.conn, m.frames)) return;
    this.items.push(m);
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(this.flush);
  };

  /** Adds `conn` to the last message when it sends the same frames; whether it did. */
  private joined(conn: number, frames: readonly OutFrame[]): boolean {
    const last = this.items.at(-1);
    if (!last || (last.t !== 'send' && last.t !== 'sendMany')) return false;
    if (last.frames.length !== frames.length || last.frames.some((f, i) => f !== frames[i]))
      return false;
    if (last.t === 'sendMany') last.conns.push(conn);
    else this.items[this.items.length - 1] = { t: 'sendMany', conns: [last.conn, conn], frames };
    return true;
  }

  readonly flush = (): void => {
    this.queued = false;
    const items = this.items;
    if (items.length === 0) return;
    this.items = [];
    const last = this.tail();
    if (last) items.push(last);
    this.postMessage(items.length === 1 ? items[0]! : { t: 'batch', items });
  };
}
