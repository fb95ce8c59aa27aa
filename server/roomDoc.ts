/**
 * A room's document in memory: either the stored bytes of one compacted row with its
 * state vector (`base`: a cold room answers greetings and empty clients from them), or
 * a Y.Doc, built from those bytes only when something needs it. Also tells whether the
 * last apply changed anything (the doc's update event, or Yjs's pending structs).
 */
import * as Y from 'yjs';
import type { Logger } from 'pino';
import { StorageFailure } from './roomTypes';
import type { StoredRoom } from './store/types';

/** The state vector of an empty document: a client that has nothing yet. */
export function isEmptyStateVector(sv: Uint8Array): boolean {
  return sv.byteLength === 1 && sv[0] === 0;
}

export class RoomDoc {
  private ydoc: Y.Doc | null = null;
  /**
   * The whole document as one update plus its state vector, while nothing was accepted
   * since it was read or compacted: answers a client with nothing without encoding.
   */
  private baseRow: { update: Uint8Array; stateVector: Uint8Array } | null = null;
  /** set after each transaction (`changedBy`): did the last apply change anything? */
  private changed = false;
  /**
   * The Y.Doc encoded whole, kept from the first client with nothing until the document
   * changes: a loaded room answers every further first visit without encoding again.
   */
  private whole: Uint8Array | null = null;

  constructor(
    private readonly roomId: string,
    private readonly log: Logger,
  ) {}

  /** The room's Y.Doc, built from the stored row now if it was not yet. */
  get doc(): Y.Doc {
    return this.ydoc ?? this.buildDoc();
  }

  get loaded(): boolean {
    return this.ydoc !== null;
  }

  /** The stored row, while memory is exactly that row (else null). */
  get base(): { update: Uint8Array; stateVector: Uint8Array } | null {
    return this.baseRow;
  }

  /** Takes what storage holds (throws if its rows do not apply: never served blank). */
  adoptStored(stored: StoredRoom): void {
    this.drop();
    this.baseRow =
      stored.stateVector && stored.updates.length === 1
        ? { update: stored.updates[0]!, stateVector: stored.stateVector }
        : null;
    if (!this.baseRow) this.adopt(docFrom(stored.updates));
  }

  /** Memory is one compacted row again (after a compaction nothing raced). */
  setBase(update: Uint8Array, stateVector: Uint8Array): void {
    this.baseRow = { update, stateVector };
  }

  /** Memory moved past the stored row. */
  changedFromBase(): void {
    this.baseRow = null;
  }

  /**
   * The whole document as one update, for a client with nothing: the stored row while
   * memory is that row, else the Y.Doc's encoding, made once per version of the document.
   */
  wholeUpdate(): Uint8Array {
    if (this.baseRow) return this.baseRow.update;
    this.whole ??= Y.encodeStateAsUpdate(this.doc);
    return this.whole;
  }

  stateVector(): Uint8Array {
    return this.ydoc || !this.baseRow ? Y.encodeStateVector(this.doc) : this.baseRow.stateVector;
  }

  /**
   * Applies an update; true when it changed the document or what Yjs holds back for
   * missing predecessors. Throws what Y.applyUpdate throws (the doc may be half-applied).
   */
  apply(update: Uint8Array, origin: unknown): boolean {
    const doc = this.doc;
    const store = doc.store;
    const pendingBefore = [store.pendingStructs?.update, store.pendingDs];
    this.changed = false;
    // held-back structs are part of the encoding too
    this.whole = null;
    Y.applyUpdate(doc, update, origin);
    return (
      this.changed ||
      store.pendingStructs?.update !== pendingBefore[0] ||
      store.pendingDs !== pendingBefore[1]
    );
  }

  /** Applies a stored row of another relay; true when it changed the document. */
  applyStored(update: Uint8Array): boolean {
    this.changed = false;
    this.whole = null;
    Y.applyUpdate(this.doc, update, 'remote');
    return this.changed;
  }

  /** Forgets the document (the bytes are in storage). */
  drop(): void {
    this.ydoc?.destroy();
    this.ydoc = null;
    this.baseRow = null;
    this.whole = null;
  }

  private adopt(doc: Y.Doc): Y.Doc {
    // not the 'update' event: with a listener on it, Yjs encodes every transaction
    // any change (a peer's update, the relay's own, a reload) makes the encoding stale
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (!changedBy(tr)) return;
      this.changed = true;
      this.whole = null;
    });
    this.ydoc = doc;
    return doc;
  }

  private buildDoc(): Y.Doc {
    const started = performance.now();
    let doc: Y.Doc;
    try {
      doc = docFrom(this.baseRow ? [this.baseRow.update] : []);
    } catch (err) {
      this.log.error({ room: this.roomId, err }, 'stored document does not load');
      throw new StorageFailure(`stored document does not load: ${(err as Error).message}`);
    }
    this.log.info(
      {
        room: this.roomId,
        bytes: this.baseRow?.update.byteLength ?? 0,
        ms: Math.round(performance.now() - started),
      },
      'room document built',
    );
    return this.adopt(doc);
  }
}

/** Yjs's own test for whether a transaction makes an 'update' event (writeUpdateMessageFromTransaction). */
function changedBy(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState)
    if (tr.beforeState.get(client) !== clock) return true;
  return false;
}

function docFrom(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
