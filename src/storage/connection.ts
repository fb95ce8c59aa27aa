/** Per-map relay connection (scope: device), kept in the catalog database so a reload reconnects. */
import { storage } from './backend';
import type { MapConnection } from './catalogStore';

export function getMapConnection(mapId: string): Promise<MapConnection | undefined> {
  return storage().catalog.getConnection(mapId);
}

export function setMapConnection(mapId: string, connection: MapConnection | null): Promise<void> {
  return storage().catalog.setConnection(mapId, connection);
}
