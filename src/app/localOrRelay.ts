/**
 * A map opened from a link that this device never stored (no note, see
 * src/storage/contentNotes.ts) does not wait for IndexedDB before connecting: the
 * local load and the relay's first content race into the same doc, and Yjs merges
 * them in either order. Whichever brings the map first opens it; "not found" only
 * when the relay does not deliver it AND the local load found nothing.
 */
import type { MapDoc } from '../doc';
import type { SyncConnection } from '../sync';
import { relayDelivers } from './relayDelivers';

/**
 * Resolves true once `holds(doc)` after the local load or a relay delivery, false
 * when neither has it. Rejects when the local load fails before the relay delivered
 * (a later failure shows in the storage status, and the relay has the content).
 */
export async function localOrRelay(
  doc: MapDoc,
  loaded: Promise<void>,
  sync: SyncConnection | null,
  signal: AbortSignal,
  holds: (doc: MapDoc) => boolean,
): Promise<boolean> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener('abort', onAbort);
  const local = loaded.then(() => holds(doc));
  const remote = sync ? relayDelivers(doc, sync, stop.signal, holds) : Promise.resolve(false);
  // the first source that holds the map wins; one that does not waits for the other
  const fromLocal = local.then((found) => found || remote);
  const fromRelay = remote.then((found) => found || local);
  // a load failure after the relay delivered is not this open's concern
  fromLocal.catch(() => undefined);
  fromRelay.catch(() => undefined);
  try {
    return await Promise.race([fromLocal, fromRelay]);
  } finally {
    stop.abort();
    signal.removeEventListener('abort', onAbort);
  }
}
