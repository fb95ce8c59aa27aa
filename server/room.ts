/**
 * One map's room: its Y.Doc (loaded from storage before any peer is answered), the
 * presence (awareness) of its peers, and the rule "validate, apply, store, then
 * forward". A bad message throws a ProtocolError for the caller to close that one
 * connection; the room and its other peers carry on.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from 'pino';
import type { Role } from './auth';
import { canWrite } from './auth';
import { CloseCode } from './closeCodes';
import type { RelayMetrics } from './metrics';
import type { ClientMessage } from './protocol';
import {
  ProtocolError,
  awarenessClientIds,
  encodeAwareness,
  encodeRole,
  encodeStep1,
  encodeStep2,
  encodeUpdate,
} from './protocol';
import type { RoomStorage } from './storage';

/** A connection as the room sees it. */
export interface Peer {
  readonly id: number;
  readonly role: Role;
  /** awareness client ids this peer announced; removed when it leaves */
  readonly awarenessIds: Set<number>;
  send(frame: Uint8Array): void;
}

export interface RoomDeps {
  readonly storage: RoomStorage;
  readonly metrics: RelayMetrics;
  readonly log: Logger;
  readonly maxDocBytes: number;
}

/** Storage failed: the update was not accepted and the room was reloaded from disk. */
export class StorageFailure extends Error {}

export class Room {
  readonly peers = new Set<Peer>();
  /** presence lives on its own doc so reloading the document keeps it */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  doc!: Y.Doc;
  /** bytes stored for this room; MAX_DOC_BYTES is checked against it */
  storedBytes = 0;
  storedRows = 0;
  private lastSeq = 0;
  lastActive = Date.now();
  /** which connection speaks for each awareness client id (the last one that announced it) */
  private readonly presenceOwner = new Map<number, Peer>();

  constructor(
    readonly id: string,
    private readonly deps: RoomDeps,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.trackAwareness);
    this.reload();
  }

  /** (Re)builds the document from storage. Throws if a stored row does not apply. */
  reload(): void {
    const stored = this.deps.storage.load(this.id);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    this.doc?.destroy();
    this.doc = doc;
    this.storedBytes = stored.bytes;
    this.storedRows = stored.updates.length;
    this.lastSeq = stored.lastSeq;
  }

  /** Greets a new peer: its role, the room's state vector, and who is here. */
  join(peer: Peer): void {
    this.peers.add(peer);
    this.lastActive = Date.now();
    peer.send(encodeRole(peer.role));
    peer.send(encodeStep1(Y.encodeStateVector(this.doc)));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0)
      peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)));
  }

  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.lastActive = Date.now();
    for (const id of peer.awarenessIds) this.presenceOwner.delete(id);
    const ids = [...peer.awarenessIds].filter((id) => this.awareness.meta.has(id));
    if (ids.length === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, 'leave');
    this.broadcast(
      encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)),
      peer,
    );
  }

  /** Handles one decoded message. Throws ProtocolError (close that peer) or StorageFailure. */
  handle(peer: Peer, msg: ClientMessage): void {
    this.lastActive = Date.now();
    switch (msg.kind) {
      case 'step1': {
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
        peer.send(encodeStep2(diff));
        return;
      }
      case 'update':
        this.applyUpdate(peer, msg.update);
        return;
      case 'awareness':
        this.applyAwareness(peer, msg.update);
        return;
      case 'queryAwareness': {
        const ids = [...this.awareness.getStates().keys()];
        peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
        return;
      }
    }
  }

  /**
   * Presence: applied and sent to EVERY peer, the sender included — the stock client
   * counts its own echoed renewal (every 15 s) as the traffic its 30 s watchdog waits
   * for. A viewer may not speak for a client id an editor is using: that frame is
   * dropped, so a view link cannot move or hide an editor's cursor or name.
   */
  private applyAwareness(peer: Peer, update: Uint8Array): void {
    const ids = awarenessClientIds(update);
    if (!canWrite(peer.role)) {
      const taken = ids.some((id) => {
        const owner = this.presenceOwner.get(id);
        return owner !== undefined && owner !== peer && canWrite(owner.role);
      });
      if (taken) {
        this.deps.metrics.rejected.inc({ reason: 'awareness_spoof' });
        this.deps.log.warn(
          { room: this.id, conn: peer.id, ids },
          "awareness for another peer's client id dropped",
        );
        return;
      }
    }
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, peer);
    } catch (err) {
      throw new ProtocolError(
        'malformed',
        CloseCode.malformed,
        `bad awareness update: ${(err as Error).message}`,
      );
    }
    this.broadcast(encodeAwareness(update));
  }

  private applyUpdate(peer: Peer, update: Uint8Array): void {
    if (!canWrite(peer.role)) {
      // view links: never stored, never forwarded; the connection stays open for presence.
      // (A view client's routine empty sync step 2 is 2 bytes; only count real attempts.)
      if (update.byteLength > 2) this.deps.metrics.rejected.inc({ reason: 'view_write' });
      return;
    }
    if (update.byteLength === 0)
      throw new ProtocolError('empty_update', CloseCode.corruptUpdate, 'empty update');
    try {
      Y.decodeUpdate(update); // parses every struct and the delete set; throws on garbage
    } catch (err) {
      throw new ProtocolError(
        'corrupt_update',
        CloseCode.corruptUpdate,
        `update does not decode: ${(err as Error).message}`,
      );
    }
    if (this.storedBytes + update.byteLength > this.deps.maxDocBytes) {
      // the log may be mostly history: merge it first, then judge
      this.compact();
    }
    if (this.storedBytes + update.byteLength > this.deps.maxDocBytes) {
      throw new ProtocolError(
        'doc_too_large',
        CloseCode.documentTooLarge,
        'document would exceed MAX_DOC_BYTES',
      );
    }
    const store = this.doc.store;
    const pendingBefore = [store.pendingStructs?.update, store.pendingDs];
    let changed = false;
    const onUpdate = () => (changed = true);
    this.doc.on('update', onUpdate);
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (err) {
      // it may have half-applied: rebuild from what is on disk before anyone sees it
      this.reload();
      throw new ProtocolError(
        'corrupt_update',
        CloseCode.corruptUpdate,
        `update does not apply: ${(err as Error).message}`,
      );
    } finally {
      this.doc.off('update', onUpdate);
    }
    const pendingChanged =
      store.pendingStructs?.update !== pendingBefore[0] || store.pendingDs !== pendingBefore[1];
    if (!changed && !pendingChanged) return; // nothing new (e.g. an empty sync step 2)
    this.persist(update);
    this.broadcast(encodeUpdate(update), peer);
  }

  /** Appends durably; on failure drops the in-memory change by reloading. */
  private persist(update: Uint8Array): void {
    const started = performance.now();
    try {
      this.lastSeq = this.deps.storage.append(this.id, update);
    } catch (err) {
      this.deps.metrics.storageErrors.inc();
      this.deps.log.error({ room: this.id, err }, 'storage append failed');
      try {
        this.reload();
      } catch {
        // reload failing too is reported by the caller closing the room
      }
      throw new StorageFailure((err as Error).message);
    }
    this.deps.metrics.storageLatency.observe((performance.now() - started) / 1000);
    this.deps.metrics.storageWrites.inc({ kind: 'update' });
    this.storedBytes += update.byteLength;
    this.storedRows += 1;
  }

  /** Merges the room's rows into one. Safe any time: single-threaded and transactional. */
  compact(): void {
    if (this.storedRows <= 1) return;
    const merged = Y.encodeStateAsUpdate(this.doc);
    this.lastSeq = this.deps.storage.compact(this.id, merged, this.lastSeq);
    this.deps.metrics.storageWrites.inc({ kind: 'compaction' });
    this.deps.log.debug(
      { room: this.id, rows: this.storedRows, bytes: merged.byteLength },
      'room compacted',
    );
    this.storedBytes = merged.byteLength;
    this.storedRows = 1;
  }

  broadcast(frame: Uint8Array, except?: Peer): void {
    for (const p of this.peers) if (p !== except) p.send(frame);
  }

  destroy(): void {
    this.awareness.off('update', this.trackAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly trackAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (!origin || typeof origin !== 'object' || !this.peers.has(origin as Peer)) return;
    const peer = origin as Peer;
    for (const id of [...change.added, ...change.updated]) {
      // a reconnected client takes its id over: the old socket's departure must not remove it
      const before = this.presenceOwner.get(id);
      if (before && before !== peer) before.awarenessIds.delete(id);
      this.presenceOwner.set(id, peer);
      peer.awarenessIds.add(id);
    }
    for (const id of change.removed) {
      if (this.presenceOwner.get(id) === peer) this.presenceOwner.delete(id);
      peer.awarenessIds.delete(id);
    }
  };
}
