/**
 * Opening a maturity check, in the order openMap.ts keeps for maps: local storage
 * first, then this origin's relay login when there is one (a check syncs through
 * the relay room of its id), never seeding content. A check neither stored here
 * nor delivered by the relay is "not found".
 */
import { isMaturityDoc, type MapDoc } from '../doc';
import { openMapStorage, type MapStorage } from '../storage';
import { getDeviceConnection } from '../storage/connection';
import {
  claimedRole,
  connectRelay,
  localPendingStore,
  newMapDoc,
  type SyncConnection,
} from '../sync';
import { relayDelivers } from './relayDelivers';

export interface OpenedCheck {
  readonly doc: MapDoc;
  readonly storage: MapStorage;
  readonly sync: SyncConnection | null;
  close(): void;
}

export type OpenCheckResult =
  | { kind: 'ready'; check: OpenedCheck }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

/** Opens check `id` from this device and, when logged in, the relay. */
export async function openCheck(id: string, signal: AbortSignal): Promise<OpenCheckResult> {
  const doc = newMapDoc();
  const storage = openMapStorage(id, doc);
  let sync: SyncConnection | null = null;
  const fail = (result: OpenCheckResult): OpenCheckResult => {
    sync?.destroy();
    storage.destroy();
    doc.destroy();
    return result;
  };
  try {
    await storage.whenLoaded;
    if (signal.aborted) return fail({ kind: 'not-found' });
    const device = getDeviceConnection();
    if (device) {
      sync = connectRelay(doc, {
        mapId: id,
        relayUrl: device.relayUrl,
        token: device.token,
        role: claimedRole(device.token, id),
        pendingStore: localPendingStore(id),
      });
    }
    if (!isMaturityDoc(doc) && !(sync && (await relayDelivers(doc, sync, signal, isMaturityDoc))))
      return fail({ kind: 'not-found' });
  } catch (error) {
    return fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  const conn = sync;
  return {
    kind: 'ready',
    check: {
      doc,
      storage,
      sync: conn,
      close() {
        conn?.destroy();
        storage.destroy();
        doc.destroy();
      },
    },
  };
}
