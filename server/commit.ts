/**
 * Group commit. Every update accepted during one event-loop turn — across all rooms —
 * is written in ONE transaction at the end of that turn (setImmediate runs right
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
 *
 * Storage is async (store/types.ts): while one commit is in flight, the updates of the
 * next turns gather for the next commit, and every frame made meanwhile waits for the
 * commit it may depend on (the one in flight, or the next one once updates wait for it).
 * With SQLite the commit settles at once; with PostgreSQL it takes a round trip.
 */
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { mark } from './frameTrace';
import type { RelayMetrics } from './metrics';
import { SYNC_UPDATE, syncFrame } from './protocol';
import type { OutFrame } from './protocol';
import type { Peer } from './room';
import type { NewRow, RelayStore } from './store/types';

/** What the queue needs from a room. */
export interface CommitRoom {
  readonly id: string;
  readonly peers: ReadonlySet<Peer>;
  /** the room's rows of this commit are stored, with these (consecutive) seqs */
  committed(firstSeq: number, lastSeq: number, rows: number, bytes: number): void;
  /** the commit failed: drop what it held from memory (reload from storage) */
  uncommitted(): Promise<void>;
}

/** Frames waiting for a commit, as two parallel arrays. */
interface Held {
  peers: Peer[];
  frames: OutFrame[];
}

const held = (): Held => ({ peers: [], frames: [] });

interface Pending {
  readonly updates: Uint8Array[];
  /** the update message as its sender sent it, when it can be forwarded as it is */
  readonly frames: (Uint8Array | null)[];
  readonly senders: Peer[];
}

export class CommitQueue {
  private readonly pending = new Map<CommitRoom, Pending>();
  /** frames held back until the pending updates are committed */
  private next: Held = held();
  /** the commit in flight and the frames waiting for it */
  private inFlight: Promise<void> | null = null;
  private flightOut: Held = held();
  private scheduled = false;
  /** when the oldest pending update was accepted (performance.now) */
  private oldestAt = 0;
  /** sockets corked during the current flush */
  private corked = new Set<Peer>();

  constructor(
    private readonly deps: {
      storage: RelayStore;
      metrics: RelayMetrics;
      log: Logger;
      /** told which rooms changed, after their updates went out (the catalog, server/catalog) */
      onCommitted?: (roomIds: readonly string[]) => void;
    },
  ) {}

  /** Whether accepted updates wait for their commit. */
  get busy(): boolean {
    return this.pending.size > 0 || this.inFlight !== null;
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

  /**
   * Sends now, or — while updates wait for a commit or one is in flight — right after
   * that commit, in order.
   */
  deliver(peer: Peer, frame: OutFrame): void {
    const out = this.pending.size > 0 ? this.next : this.inFlight ? this.flightOut : null;
    if (!out) {
      peer.send(frame);
      return;
    }
    out.peers.push(peer);
    out.frames.push(frame);
  }

  /**
   * Starts committing what is pending (unless a commit is in flight: what is pending then
   * goes right after it). Safe to call at any time; `drain` waits for the end.
   */
  readonly flush = (): void => {
    this.scheduled = false;
    if (this.pending.size === 0 || this.inFlight) return;
    const rooms = [...this.pending.keys()];
    const batches = [...this.pending.values()];
    this.pending.clear();
    this.flightOut = this.next;
    this.next = held();
    const oldestAt = this.oldestAt;
    this.inFlight = this.commit(rooms, batches, oldestAt)
      .catch((err: unknown) => this.deps.log.error({ err }, 'commit handling failed'))
      .finally(() => {
        this.inFlight = null;
        const out = this.flightOut;
        this.flightOut = held();
        // frames made between the end of the commit and now
        for (let i = 0; i < out.peers.length; i++) out.peers[i]!.send(out.frames[i]!);
        if (this.pending.size > 0) return this.flush();
        // a failed commit dropped what its rooms had pending: what waited for it goes now
        const rest = this.next;
        this.next = held();
        for (let i = 0; i < rest.peers.length; i++) rest.peers[i]!.send(rest.frames[i]!);
      });
  };

  /** Resolves when everything accepted so far is committed (or its commit failed). */
  async drain(): Promise<void> {
    while (this.inFlight || this.pending.size > 0) {
      if (!this.inFlight) this.flush();
      await this.inFlight;
    }
  }

  private async commit(rooms: CommitRoom[], batches: Pending[], oldestAt: number): Promise<void> {
    const rows: NewRow[] = [];
    for (let i = 0; i < rooms.length; i++)
      for (const data of batches[i]!.updates) rows.push({ room: rooms[i]!.id, data });
    const { storage, metrics, log } = this.deps;
    const started = performance.now();
    let seqs: number[];
    mark('c.start');
    try {
      seqs = await storage.appendBatch(rows);
      mark('c.stored');
    } catch (err) {
      metrics.storageErrors.inc();
      log.error({ err, rooms: rooms.map((r) => r.id), rows: rows.length }, 'storage commit failed');
      await this.fail(rooms);
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
      const first = seqs[k]!;
      k += updates.length;
      rooms[i]!.committed(first, seqs[k - 1]!, updates.length, bytes);
    }
    const out = this.flightOut;
    this.flightOut = held();
    try {
      for (let i = 0; i < out.peers.length; i++) this.send(out.peers[i]!, out.frames[i]!);
      for (let i = 0; i < rooms.length; i++) this.forward(rooms[i]!, batches[i]!);
    } finally {
      for (const p of this.corked) p.uncork();
      this.corked.clear();
    }
    mark('c.sent');
    // the relay's own share of an edit's latency: accepted → stored → handed to the sockets
    metrics.forwardDelay.observe((performance.now() - oldestAt) / 1000);
    this.deps.onCommitted?.(rooms.map((r) => r.id));
  }

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

  private async fail(rooms: CommitRoom[]): Promise<void> {
    const affected = new Set<Peer>();
    for (const room of rooms) for (const p of room.peers) affected.add(p);
    // their senders are closed below and send them again: later updates of these rooms go too
    for (const room of rooms) this.pending.delete(room);
    const out = this.flightOut;
    this.flightOut = held();
    for (let i = 0; i < out.peers.length; i++)
      if (!affected.has(out.peers[i]!)) out.peers[i]!.send(out.frames[i]!);
    for (const p of affected)
      p.reject('storage_failure', CloseCode.internalError, 'storage failed');
    await Promise.all(rooms.map((room) => room.uncommitted()));
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
