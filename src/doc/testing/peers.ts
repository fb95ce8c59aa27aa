/** Test helpers for tests above the doc layer (which may not import Yjs): a second peer. */
import * as Y from 'yjs';

/** A new peer holding everything `doc` holds (as after a sync), with its own client id. */
export function peerOf(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return peer;
}

/** Applies to `to` what `from` holds and `to` lacks, with `origin` (REMOTE_ORIGIN: as from the relay). */
export function deliver(from: Y.Doc, to: Y.Doc, origin: unknown): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin);
}
