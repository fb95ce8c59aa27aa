/**
 * One map's room: its stored document (read from storage before any peer is answered),
 * the presence (awareness) of its peers, and the rule "validate, apply, store, then
 * forward" (store + forward happen at the end of the turn, commit.ts). A bad message
 * throws a ProtocolError for the caller to close that one connection; the room and its
 * other peers carry on.
 *
 * A room that is one compacted row with its state vector (every room after an idle
 * unload) starts WITHOUT a Y.Doc: greetings and the first sync answers come straight
 * from the stored bytes, and the Y.Doc — the expensive part of a cold load, about a
 * second for 10 MB — is built only when something needs it (an update with content,
 * or a client that already has part of the document).
 */
import * as Y from 'yjs';
import { canWrite } from './auth';
import { checkCommentWrite } from './commentCheck';
import { CloseCode } from './closeCodes';
import type { CommitRoom } from './commit';
import type { ClientMessage } from './protocol';
import {
  ProtocolError,
  encodeAwareness,
  encodeRole,
  encodeStep1,
  SYNC_STEP2,
  SYNC_UPDATE,
  syncFrame,
} from './protocol';
import type { OutFrame } from './protocol';
import type { StoredRoom } from './store/types';
import { RemoteLog } from './roomRemote';
import { Presence } from './roomPresence';
import { RoomDoc, isEmptyStateVector } from './roomDoc';
import { TokenBucket } from './limits';
import type { Peer, RoomDeps } from './roomTypes';
import { StorageFailure } from './roomTypes';

export type { Peer, RoomDeps } from './roomTypes';
export { StorageFailure } from './roomTypes';

export class Room implements CommitRoom {
  readonly peers = new Set<Peer>();
  /** who is here (roomPresence.ts) */
  readonly presence: Presence;
  /** the stored row or the Y.Doc built from it (roomDoc.ts) */
  private readonly memory: RoomDoc;
  /** bytes stored for this room; MAX_DOC_BYTES is checked against it (plus pending ones) */
  storedBytes = 0;
  storedRows = 0;
  /** whether the stored rows are ONE compacted row with its state vector (see StoredRoom) */
  private compacted = false;
  /** accepted bytes waiting for their commit */
  private pendingBytes = 0;
  /** rows committed by other relays, found by seq (roomRemote.ts) */
  readonly remote: RemoteLog;
  /** while the document is (re)read from storage: messages wait here, in order */
  private backlog: [Peer, ClientMessage][] | null = null;
  /** bumped by every accepted or remote change: a compaction that raced one keeps no `base` */
  private version = 0;
  private compacting: Promise<void> | null = null;
  /** the room could not be read back from storage: it serves nobody (RoomManager drops it) */
  broken = false;
  lastActive = Date.now();
  /**
   * milliseconds of the relay's time that applying this map's updates may take, shared by
   * all its connections: reconnecting does not buy a flooding link a fresh budget
   */
  readonly work: TokenBucket | null;

  /** Use `Room.open`: a room is made from what storage holds for it. */
  constructor(
    readonly id: string,
    private readonly deps: RoomDeps,
    stored: StoredRoom,
  ) {
    this.memory = new RoomDoc(id, deps.log);
    const budget = deps.limits;
    this.work = budget ? new TokenBucket(budget.workMsPerSecond, budget.workMsBurst) : null;
    this.presence = new Presence(this, deps);
    this.remote = new RemoteLog(this, deps);
    this.adoptStored(stored);
  }

  /** Reads the room from storage (rejects if a row does not apply: never served blank). */
  static async open(id: string, deps: RoomDeps): Promise<Room> {
    return new Room(id, deps, await deps.storage.load(id));
  }

  /** The room's Y.Doc, built from the stored row now if it was not yet. */
  get doc(): Y.Doc {
    return this.memory.doc;
  }

  /** Whether the Y.Doc exists (a cold room serves its first peers without one). */
  get docLoaded(): boolean {
    return this.memory.loaded;
  }

  /**
   * (Re)reads the document from storage; messages that come meanwhile wait and are
   * handled afterwards, in order. `drain`: commit what is pending first, so memory
   * equals storage afterwards (a failed commit already dropped it). Rejects if the
   * stored rows do not load (storage away): the room is then `broken` — its document is
   * dropped, its peers are closed with 1011, and the next connection loads it anew.
   */
  async reload(drain = true): Promise<void> {
    if (this.backlog) return;
    this.backlog = [];
    try {
      if (drain) await this.deps.commits.drain();
      this.adoptStored(await this.deps.storage.load(this.id));
    } catch (err) {
      this.breakDown();
      throw err;
    } finally {
      const waiting = this.backlog;
      this.backlog = null;
      for (const [peer, msg] of waiting) if (this.peers.has(peer)) this.handleOrReject(peer, msg);
    }
  }

  /** Memory can no longer be trusted to equal storage: nothing more is served from it. */
  private breakDown(): void {
    this.broken = true;
    this.memory.drop();
    for (const p of this.peers)
      p.reject('storage_failure', CloseCode.internalError, 'storage failed');
  }

  private adoptStored(stored: StoredRoom): void {
    this.storedBytes = stored.bytes;
    this.storedRows = stored.updates.length;
    this.compacted = stored.stateVector !== null;
    this.pendingBytes = 0;
    this.remote.reset(stored.lastSeq);
    this.version++;
    this.memory.adoptStored(stored);
  }

  /** handle(), closing the peer for what it sent wrong (messages that waited for a reload). */
  private handleOrReject(peer: Peer, msg: ClientMessage): void {
    try {
      this.handle(peer, msg);
    } catch (err) {
      if (err instanceof ProtocolError) peer.reject(err.reason, err.code, err.message);
      else peer.reject('storage_failure', CloseCode.internalError, (err as Error).message);
    }
  }

  /** Greets a new peer: its role, the room's state vector, and who is here. */
  join(peer: Peer): void {
    this.peers.add(peer);
    this.lastActive = Date.now();
    const out = this.deps.commits;
    out.deliver(peer, encodeRole(peer.role));
    out.deliver(peer, encodeStep1(this.memory.stateVector()));
    const present = this.presence.all();
    if (present) out.deliver(peer, present);
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.lastActive = Date.now();
    this.presence.leave(peer);
  }

  /** Handles one decoded message. Throws ProtocolError (close that peer) or StorageFailure. */
  handle(peer: Peer, msg: ClientMessage): void {
    this.lastActive = Date.now();
    if (this.broken) throw new StorageFailure('room lost its storage');
    if (this.backlog) {
      this.backlog.push([peer, msg]);
      return;
    }
    switch (msg.kind) {
      case 'step1': {
        // a client with nothing (every first visit): the stored row or the encoding kept
        // since the last change, no encoding per client (roomDoc.ts)
        if (isEmptyStateVector(msg.stateVector)) {
          this.deps.commits.deliver(peer, syncFrame(SYNC_STEP2, this.memory.wholeUpdate()));
          return;
        }
        let diff: Uint8Array;
        try {
          diff = Y.encodeStateAsUpdate(this.doc, msg.stateVector);
        } catch (err) {
          throw new ProtocolError(
            'malformed',
            CloseCode.malformed,
            `bad state vector: ${(err as Error).message}`,
          );
        }
        this.deps.commits.deliver(peer, syncFrame(SYNC_STEP2, diff));
        return;
      }
      case 'update':
        this.applyUpdate(peer, msg.update, msg.fromStep2 ? null : msg.frame);
        return;
      case 'awareness':
        this.presence.apply(peer, msg.update);
        return;
      case 'queryAwareness':
        this.deps.commits.deliver(
          peer,
          this.presence.all() ?? encodeAwareness(new Uint8Array([0])),
        );
        return;
    }
  }

  /** Presence from a client of another relay: to every peer here. */
  applyRemoteAwareness(update: Uint8Array): void {
    this.presence.applyRemote(update);
  }

  /** `frame`: the sender's message, when it may be forwarded unchanged (not a step 2) */
  private applyUpdate(peer: Peer, update: Uint8Array, frame: Uint8Array | null): void {
    if (peer.role === 'comment') checkCommentWrite(() => this.doc, update);
    else if (!canWrite(peer.role)) {
      // view links: never stored, never forwarded; the connection stays open for presence.
      // (A view client's routine empty sync step 2 is 2 bytes; only count real attempts.)
      if (update.byteLength > 2) this.deps.metrics.rejected.inc({ reason: 'view_write' });
      return;
    }
    if (update.byteLength === 0)
      throw new ProtocolError('empty_update', CloseCode.corruptUpdate, 'empty update');
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      decoded = Y.decodeUpdate(update); // parses every struct and the delete set; throws on garbage
    } catch (err) {
      throw new ProtocolError(
        'corrupt_update',
        CloseCode.corruptUpdate,
        `update does not decode: ${(err as Error).message}`,
      );
    }
    // nothing in it (a client's routine sync step 2 when it has nothing new): no doc needed
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return;
    if (
      this.storedBytes + this.pendingBytes + update.byteLength > this.deps.maxDocBytes &&
      // the log may be mostly history: judge by what compaction would leave
      Y.encodeStateAsUpdate(this.doc).byteLength + update.byteLength > this.deps.maxDocBytes
    ) {
      throw new ProtocolError(
        'doc_too_large',
        CloseCode.documentTooLarge,
        'document would exceed MAX_DOC_BYTES',
      );
    }
    let changed: boolean;
    try {
      changed = this.memory.apply(update, peer);
    } catch (err) {
      // it may have half-applied: rebuild from what is stored before anyone sees it
      this.reload().catch((e: unknown) =>
        this.deps.log.error({ room: this.id, err: e }, 'reload after a bad update failed'),
      );
      throw new ProtocolError(
        'corrupt_update',
        CloseCode.corruptUpdate,
        `update does not apply: ${(err as Error).message}`,
      );
    }
    if (!changed) return; // nothing new (e.g. a resent update)
    this.memory.changedFromBase();
    this.version++;
    this.pendingBytes += update.byteLength;
    this.deps.commits.add(this, update, peer, frame);
  }

  /**
   * A change the relay itself makes (the KPI feed): `write` runs doc commands on the
   * room's Y.Doc; what it changed is queued for this turn's commit like a peer's
   * update and forwarded to every peer. Returns whether anything changed.
   */
  applyOwnChange(write: (doc: Y.Doc) => void, from: Peer): boolean {
    this.lastActive = Date.now();
    const doc = this.doc;
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    doc.on('update', capture);
    try {
      write(doc);
    } finally {
      doc.off('update', capture);
    }
    if (updates.length === 0) return false;
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    this.memory.changedFromBase();
    this.version++;
    this.pendingBytes += update.byteLength;
    this.deps.commits.add(this, update, from, null);
    return true;
  }

  /** Counts failed commits (a caller that waited for one can tell it failed). */
  failedCommits = 0;

  /** CommitQueue: this room's accepted updates of the last turn are stored. */
  committed(firstSeq: number, lastSeq: number, rows: number, bytes: number): void {
    this.remote.own(firstSeq, lastSeq);
    this.storedRows += rows;
    this.compacted = false;
    this.storedBytes += bytes;
    this.pendingBytes -= bytes;
  }

  /** CommitQueue: the commit failed; memory goes back to what is stored. */
  async uncommitted(): Promise<void> {
    this.failedCommits++;
    try {
      await this.reload(false);
    } catch (err) {
      this.deps.log.error({ room: this.id, err }, 'reload after a failed commit failed');
    }
  }

  /**
   * Rows of this room that another relay committed (RemoteLog): applied, and forwarded
   * to every peer here (they are stored already).
   */
  applyRemote(rows: readonly { data: Uint8Array }[]): void {
    if (this.backlog || this.broken) return; // the reload reads them anyway
    for (const row of rows) {
      let changed: boolean;
      try {
        changed = this.memory.applyStored(row.data);
      } catch (err) {
        this.deps.log.error({ room: this.id, err }, 'a stored row of another relay does not apply');
        continue;
      }
      this.storedRows += 1;
      this.storedBytes += row.data.byteLength;
      this.compacted = false;
      if (!changed) continue;
      this.memory.changedFromBase();
      this.version++;
      this.deps.metrics.remoteUpdates.inc();
      this.broadcast(syncFrame(SYNC_UPDATE, row.data));
    }
  }

  /** Merges the room's rows into one. Safe any time: pending commits are written first. */
  compact(): Promise<void> {
    this.compacting ??= this.compactNow().finally(() => (this.compacting = null));
    return this.compacting;
  }

  private async compactNow(): Promise<void> {
    await this.deps.commits.drain();
    // one row without a state vector is rewritten too, so the next load can skip the Y.Doc
    if (this.storedRows === 0 || this.compacted || this.backlog || this.broken) return;
    const doc = this.doc;
    const merged = Y.encodeStateAsUpdate(doc);
    const stateVector = Y.encodeStateVector(doc);
    const upTo = this.remote.knownSeq;
    const { version, storedRows: rows, storedBytes: bytes } = this;
    const seq = await this.deps.storage.compact(this.id, merged, stateVector, upTo);
    this.deps.metrics.storageWrites.inc({ kind: 'compaction' });
    this.deps.log.debug({ room: this.id, rows, bytes: merged.byteLength }, 'room compacted');
    this.storedRows -= rows - 1;
    this.storedBytes += merged.byteLength - bytes;
    this.remote.own(seq, seq);
    if (this.version !== version || this.storedRows !== 1) return;
    this.compacted = true;
    this.memory.setBase(merged, stateVector);
  }

  broadcast(frame: OutFrame, except?: Peer): void {
    for (const p of this.peers) if (p !== except) this.deps.commits.deliver(p, frame);
  }

  destroy(): void {
    this.presence.destroy();
    this.memory.drop();
  }
}
