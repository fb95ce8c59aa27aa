/**
 * Waiting for the relay to deliver a document this device does not hold yet:
 * opening a map or a maturity check by link both need it.
 */
import type { MapDoc } from '../doc';
import type { SyncConnection } from '../sync';

/** How long opening waits for the relay before it says "not found". */
export const REMOTE_WAIT_MS = 15_000;

/**
 * Resolves true once `holds(doc)` turns true (the relay delivered the content),
 * false on a relay error, on the relay having synced without it, a timeout or abort.
 */
export function relayDelivers(
  doc: MapDoc,
  sync: SyncConnection,
  signal: AbortSignal,
  holds: (doc: MapDoc) => boolean,
): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      doc.off('update', onUpdate);
      unsubscribe();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onUpdate = () => {
      if (holds(doc)) done(true);
    };
    const onAbort = () => done(false);
    const unsubscribe = sync.status.subscribe((state) => {
      if (state.error) done(false);
      // synced and still empty: the relay does not have this document either
      else if (state.status === 'synced' && !holds(doc)) done(false);
    });
    const timer = setTimeout(() => done(false), REMOTE_WAIT_MS);
    doc.on('update', onUpdate);
    signal.addEventListener('abort', onAbort);
  });
}
