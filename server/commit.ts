/**
 * Group commit. Every update accepted during one event-loop turn — across all rooms —
 * is written in ONE SQLite transaction at the end of that turn (setImmediate runs right
 * after the poll phase that delivered the frames), and only after that commit is
 * anything sent: the updates are forwarded, and every other frame the turn produced
 * (sync answers, awareness, greetings) leaves in the order it was made. So "stored
 * before forwarded" and "a sync answer sent after an update proves that update is
 * stored" hold as with one commit per update, at one fsync per turn.
 *
 * Every socket written to during a flush is corked until its end: whatever a socket gets
 * from one turn leaves in one write. A room's updates are forwarded as the frames their
 * senders sent; from MERGE_FROM updates in one turn on (a burst), as merged updates
 * (Y.mergeUpdates): each reader then applies a few updates instead of hundreds.
 *
 * If the commit fails, nothing of it reaches anyone: the rooms in it reload from disk
 * and all their connections are closed with 1011 (clients reconnect and resync; a
 * sender still holds its changes and sends them again).
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import type { RelayMetrics } from './metrics';
import { SYNC_UPDATE, syncFrame } from './protocol';
import type { OutFrame } from './protocol';
import type { Peer } from './room';
import type { NewRow, RoomStorage } from './storage';

/** What the queue needs from a room. */
export interface CommitRoom {
  readonly id: string;
  readonly peers: ReadonlySet<Peer>;
  /** the room's rows of this commit are on disk; `lastSeq` is the highest of them */
  committed(lastSeq: number, rows: number, bytes: number): void;
  /** the commit failed: drop what it held from memory (reload from disk) */
  uncommitted(): void;
}

interface Pending {
  readonly updates: Uint8Array[];
  /** the update message as its sender sent it, when it can be forwarded as it is */
  readonly frames: (Uint8Array | null)[];
  readonly senders: Peer[];
}

export class CommitQueue {
  private readonly pending = new Map<CommitRoom, Pending>();
  // frames held back until the pending commit is done, as two parallel arrays
  private outPeers: Peer[] = [];
  private outFrames: OutFrame[] = [];
  private scheduled = false;
  /** when the oldest pending update was accepted (performance.now) */
  private oldestAt = 0;
  /** sockets corked during the current flush */
  private corked = new Set<Peer>();

  constructor(
    private readonly deps: {
      storage: RoomStorage;
      metrics: RelayMetrics;
      log: Logger;
      /** told which rooms changed, after their updates went out (the catalog, server/catalog) */
      onCommitted?: (roomIds: readonly string[]) => void;
    },
  ) {}

  /** Whether accepted updates wait for their commit. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /**
   * An accepted update of `room` from `from`: stored with the rest of this turn, then
   * forwarded. `frame` is the sender's update message when it may go out unchanged.
   */
  add(room: CommitRoom, update: Uint8Array, from: Peer, frame: Uint8Array | null = null): void {
    if (this.pending.size === 0) this.oldestAt = performance.now();
    let entry = this.pending.get(room);
    if (!entry) {
      entry = { updates: [], frames: [], senders: [] };
      this.pending.set(room, entry);
    }
    entry.updates.push(update);
    entry.frames.push(frame);
    entry.senders.push(from);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }

  /** Sends now, or — while a commit is pending — right after it, in order. */
  deliver(peer: Peer, frame: OutFrame): void {
    if (this.pending.size === 0) {
      peer.send(frame);
      return;
    }
    this.outPeers.push(peer);
    this.outFrames.push(frame);
  }

  /** Commits what is pending, then sends what waited for it. Safe to call at any time. */
  readonly flush = (): void => {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const rooms = [...this.pending.keys()];
    const batches = [...this.pending.values()];
    this.pending.clear();
    const outPeers = this.outPeers;
    const outFrames = this.outFrames;
    this.outPeers = [];
    this.outFrames = [];

    const rows: NewRow[] = [];
    for (let i = 0; i < rooms.length; i++)
      for (const data of batches[i]!.updates) rows.push({ room: rooms[i]!.id, data });
    const { storage, metrics, log } = this.deps;
    const started = performance.now();
    let seqs: number[];
    try {
      seqs = storage.appendBatch(rows);
    } catch (err) {
      metrics.storageErrors.inc();
      log.error({ err, rooms: rooms.map((r) => r.id), rows: rows.length }, 'storage commit failed');
      this.fail(rooms, outPeers, outFrames);
      return;
    }
    metrics.storageLatency.observe((performance.now() - started) / 1000);
    metrics.storageCommits.inc();
    metrics.storageWrites.inc({ kind: 'update' }, rows.length);

    let k = 0;
    for (let i = 0; i < rooms.length; i++) {
      const updates = batches[i]!.updates;
      let bytes = 0;
      for (const u of updates) bytes += u.byteLength;
      k += updates.length;
      rooms[i]!.committed(seqs[k - 1]!, updates.length, bytes);
    }
    try {
      for (let i = 0; i < outPeers.length; i++) this.send(outPeers[i]!, outFrames[i]!);
      for (let i = 0; i < rooms.length; i++) this.forward(rooms[i]!, batches[i]!);
    } finally {
      for (const p of this.corked) p.uncork();
      this.corked.clear();
    }
    // the relay's own share of an edit's latency: accepted → stored → handed to the sockets
    metrics.forwardDelay.observe((performance.now() - this.oldestAt) / 1000);
    this.deps.onCommitted?.(rooms.map((r) => r.id));
  };

  private send(peer: Peer, frame: OutFrame): void {
    if (!this.corked.has(peer)) {
      peer.cork();
      this.corked.add(peer);
    }
    peer.send(frame);
  }

  /** Every peer gets every update of this commit except its own. */
  private forward(room: CommitRoom, batch: Pending): void {
    const { updates, frames, senders } = batch;
    const first = senders[0]!;
    const log = this.deps.log;
    const all = framesOf(updates, frames, log);
    if (senders.every((s) => s === first)) {
      for (const p of room.peers) if (p !== first) for (const f of all) this.send(p, f);
      return;
    }
    const distinct = new Set(senders);
    for (const p of room.peers) if (!distinct.has(p)) for (const f of all) this.send(p, f);
    for (const s of distinct) {
      if (!room.peers.has(s)) continue;
      const mine = (_: unknown, i: number) => senders[i] !== s;
      for (const f of framesOf(updates.filter(mine), frames.filter(mine), log)) this.send(s, f);
    }
  }

  private fail(rooms: CommitRoom[], outPeers: Peer[], outFrames: OutFrame[]): void {
    const affected = new Set<Peer>();
    for (const room of rooms) for (const p of room.peers) affected.add(p);
    for (const room of rooms) room.uncommitted();
    for (let i = 0; i < outPeers.length; i++)
      if (!affected.has(outPeers[i]!)) outPeers[i]!.send(outFrames[i]!);
    for (const p of affected)
      p.reject('storage_failure', CloseCode.internalError, 'storage failed');
  }
}

/** From this many updates of one room in one turn, they are merged before forwarding. */
const MERGE_FROM = 8;
/**
 * Y.mergeUpdates costs ~5–10 µs per small update up to about a hundred, then grows
 * faster than linearly: bursts are merged in chunks of this many.
 */
const MERGE_CHUNK = 64;

const updateFrame = (update: Uint8Array): OutFrame => syncFrame(SYNC_UPDATE, update);

/**
 * Frames for forwarding `updates`: few go out as they came (encoded only if they came
 * as a sync step 2, which must not reach others as one); many are merged, in chunks —
 * one by one if Yjs refuses to merge them.
 */
function framesOf(
  updates: readonly Uint8Array[],
  frames: readonly (Uint8Array | null)[],
  log: Logger,
): OutFrame[] {
  if (updates.length < MERGE_FROM) return updates.map((u, i) => frames[i] ?? updateFrame(u));
  const out: OutFrame[] = [];
  for (let i = 0; i < updates.length; i += MERGE_CHUNK) {
    const chunk = updates.slice(i, i + MERGE_CHUNK);
    try {
      out.push(updateFrame(Y.mergeUpdates(chunk)));
    } catch (err) {
      log.warn(
        { err, updates: chunk.length },
        'merging updates failed; forwarding them one by one',
      );
      for (let k = 0; k < chunk.length; k++) out.push(frames[i + k] ?? updateFrame(chunk[k]!));
    }
  }
  return out;
}
