/**
 * Relay connections (scope: device), so a reload reconnects:
 * - per map, in the catalog database: the share link a map was opened with;
 * - for this origin, in localStorage: the relay's admin token from the start-up link
 *   (`/?t=…`), used for every map opened or created here that has no link of its own.
 *   localStorage is per origin, which is exactly the scope: the relay serving this
 *   app is the relay at this origin.
 */
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

/** The device's own relay login: relay base URL and the relay's admin token. */
export interface DeviceConnection {
  readonly relayUrl: string;
  readonly token: string;
}

const DEVICE_KEY = 'journeyboard.relay';

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy settings): no device login, maps stay local
  }
}

/** This origin's relay login, or null. */
export function getDeviceConnection(): DeviceConnection | null {
  try {
    const raw = local()?.getItem(DEVICE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<DeviceConnection>;
    if (typeof value.relayUrl !== 'string' || typeof value.token !== 'string' || !value.token)
      return null;
    return { relayUrl: value.relayUrl, token: value.token };
  } catch {
    return null;
  }
}

/** Remembers (or, with null, forgets) this origin's relay login. */
export function setDeviceConnection(connection: DeviceConnection | null): void {
  try {
    if (connection) local()?.setItem(DEVICE_KEY, JSON.stringify(connection));
    else local()?.removeItem(DEVICE_KEY);
  } catch {
    // quota or disabled storage: the login lasts for this page only, nothing is lost
  }
}
