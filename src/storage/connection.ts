/** Per-map relay connection (scope: device), kept in the catalog database so a reload reconnects. */
import { storage } from './backend';
import type { MapConnection, SyncState } from './catalogStore';

export function getMapConnection(mapId: string): Promise<MapConnection | undefined> {
  return storage().catalog.getConnection(mapId);
}

export function setMapConnection(mapId: string, connection: MapConnection | null): Promise<void> {
  return storage().catalog.setConnection(mapId, connection);
}

/** Records how the map relates to its relay (sync reports it; the home screen shows it). */
export function setMapSyncState(mapId: string, syncState: SyncState): Promise<void> {
  return storage().catalog.setFlags(mapId, { syncState });
}
