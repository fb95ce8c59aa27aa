/**
 * A first visit receives the whole map in the relay's first sync step 2 (~0.4 MB for
 * 2,000 cards). Applying it, Yjs would encode everything it just integrated once more,
 * only to hand that copy of the content to the doc's `update` listeners (the device
 * storage, other tabs): on a big map ~15 % of the time from the frame's arrival to the
 * first snapshot. Into an EMPTY document, the received update is exactly that content,
 * so the listeners get the received bytes instead, once the update is applied.
 *
 * Reaches into lib0's `Observable._observers` (Yjs 13 checks it to decide whether to
 * encode): when that field is not there, the update is applied as usual.
 */
import type * as Y from 'yjs';

type Observers = Map<string, Set<(...args: unknown[]) => void>>;

/** lib0's listener table of `doc`, or null when its shape is not the expected one. */
export function observersOf(doc: Y.Doc): Observers | null {
  const observers = (doc as unknown as { _observers?: unknown })._observers;
  return observers instanceof Map ? (observers as Observers) : null;
}

/**
 * Runs `apply` (which applies `update` with `origin` to `doc`). When `doc` is empty, its
 * `update` listeners hear `update` itself afterwards, instead of Yjs's re-encoding of it.
 */
export function applyReceived(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  apply: () => void,
): void {
  const observers = observersOf(doc);
  const listeners = observers?.get('update');
  if (!observers || !listeners?.size || doc.store.clients.size > 0) {
    apply();
    return;
  }
  observers.delete('update');
  try {
    apply();
  } finally {
    // a listener added meanwhile keeps its place after the earlier ones
    const added = observers.get('update');
    for (const listener of added ?? []) listeners.add(listener);
    observers.set('update', listeners);
  }
  // the 2-byte empty update changed nothing: Yjs would not emit either
  // no transaction to pass: every listener here reads the update and its origin only
  if (update.length > 2) emitUpdate(doc, update, origin);
}

function emitUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  (doc as unknown as { emit(name: 'update', args: unknown[]): void }).emit('update', [
    update,
    origin,
    doc,
    null,
  ]);
}
