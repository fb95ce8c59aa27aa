/**
 * A room's presence (awareness): who is here, on its own Y.Doc so reloading the
 * document keeps it. Every awareness client id belongs to the socket that last announced
 * it; a viewer may not speak for an id an editor is using. Presence also crosses to the
 * other relays on the same database (the bus) and comes back from them.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { Logger } from 'pino';
import { canWrite } from './auth';
import { CloseCode } from './closeCodes';
import type { RelayMetrics } from './metrics';
import { ProtocolError, awarenessClientIds, encodeAwareness } from './protocol';
import type { OutFrame } from './protocol';
import type { Peer } from './room';
import type { RelayBus } from './store/types';

export interface PresenceRoom {
  readonly id: string;
  readonly peers: ReadonlySet<Peer>;
  broadcast(frame: OutFrame, except?: Peer): void;
}

export class Presence {
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc());
  /** which connection speaks for each awareness client id (the last one that announced it) */
  private readonly owner = new Map<number, Peer>();

  constructor(
    private readonly room: PresenceRoom,
    private readonly deps: {
      readonly metrics: RelayMetrics;
      readonly log: Logger;
      readonly bus?: RelayBus | null;
    },
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.track);
  }

  /** Everybody's presence as one frame, or null when nobody announced any. */
  all(): OutFrame | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0
      ? encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids))
      : null;
  }

  /** `peer` left: its presence goes, here and on the other relays. */
  leave(peer: Peer): void {
    for (const id of peer.awarenessIds) this.owner.delete(id);
    const ids = [...peer.awarenessIds].filter((id) => this.awareness.meta.has(id));
    if (ids.length === 0) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, 'leave');
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    this.room.broadcast(encodeAwareness(update), peer);
    this.deps.bus?.publishAwareness(this.room.id, update);
  }

  /**
   * Presence: applied and sent to EVERY peer, the sender included — the stock client
   * counts its own echoed renewal (every 15 s) as the traffic its 30 s watchdog waits
   * for. A viewer may not speak for a client id an editor is using: that frame is
   * dropped, so a view link cannot move or hide an editor's cursor or name.
   */
  apply(peer: Peer, update: Uint8Array): void {
    const ids = awarenessClientIds(update);
    if (!canWrite(peer.role)) {
      const taken = ids.some((id) => {
        const owner = this.owner.get(id);
        return owner !== undefined && owner !== peer && canWrite(owner.role);
      });
      if (taken) {
        this.deps.metrics.rejected.inc({ reason: 'awareness_spoof' });
        this.deps.log.warn(
          { room: this.room.id, conn: peer.id, ids },
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
    this.room.broadcast(encodeAwareness(update));
    this.deps.bus?.publishAwareness(this.room.id, update);
  }

  /** Presence from a client of another relay: to every peer here. */
  applyRemote(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, 'remote');
    } catch (err) {
      this.deps.log.warn({ room: this.room.id, err }, 'bad awareness from another relay dropped');
      return;
    }
    this.room.broadcast(encodeAwareness(update));
  }

  destroy(): void {
    this.awareness.off('update', this.track);
    this.awareness.destroy();
  }

  private readonly track = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (!origin || typeof origin !== 'object' || !this.room.peers.has(origin as Peer)) return;
    const peer = origin as Peer;
    for (const id of [...change.added, ...change.updated]) {
      // a reconnected client takes its id over: the old socket's departure must not remove it
      const before = this.owner.get(id);
      if (before && before !== peer) before.awarenessIds.delete(id);
      this.owner.set(id, peer);
      peer.awarenessIds.add(id);
    }
    for (const id of change.removed) {
      if (this.owner.get(id) === peer) this.owner.delete(id);
      peer.awarenessIds.delete(id);
    }
  };
}
