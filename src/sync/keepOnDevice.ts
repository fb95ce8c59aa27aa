/**
 * One map synced between this device and the relay, without opening its board:
 * "Publish to team" (a device-only map goes up) and fetching a team map or template
 * before it is used here (it comes down, and then works offline). The document's own
 * history travels both ways, so the device's and the relay's copies stay ONE document
 * (a file-style re-creation would duplicate the content when they later merge).
 */
import { exportMap, isMapDoc } from '../doc';
import { catalog, entryFromMap, openMapStorage, setMapSyncState } from '../storage';
import { connectRelay } from './connectRelay';
import { claimedRole } from './links';
import { newMapDoc } from './newDoc';

export async function keepOnDevice(
  mapId: string,
  connection: { readonly relayUrl: string; readonly token: string },
  timeoutMs = 15_000,
): Promise<void> {
  const doc = newMapDoc();
  const stored = openMapStorage(mapId, doc);
  let sync: ReturnType<typeof connectRelay> | null = null;
  try {
    await stored.whenLoaded;
    sync = connectRelay(doc, {
      mapId,
      relayUrl: connection.relayUrl,
      token: connection.token,
      role: claimedRole(connection.token, mapId),
    });
    await sync.flushed(timeoutMs);
    if (!isMapDoc(doc)) throw new Error(`the relay has no map "${mapId}"`);
    await stored.flush();
    const existing = await catalog.get(mapId);
    await catalog.upsert(entryFromMap(exportMap(doc)));
    if (!existing || existing.syncState !== 'synced') await setMapSyncState(mapId, 'synced');
  } finally {
    sync?.destroy();
    stored.destroy();
    doc.destroy();
  }
}
