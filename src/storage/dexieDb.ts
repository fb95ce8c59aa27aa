/**
 * The Dexie database of device-level data: the catalog (derived from documents),
 * per-map relay connections, and named versions. Map documents themselves live in
 * their own y-indexeddb databases (idbDocumentStore.ts).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { CatalogEntry, MapConnection } from './catalogStore';
import type { VersionRecord } from './versionStore';

export type ConnectionRow = MapConnection & { readonly mapId: string };

export type JourneyDb = Dexie & {
  maps: EntityTable<CatalogEntry, 'id'>;
  connections: EntityTable<ConnectionRow, 'mapId'>;
  versions: EntityTable<VersionRecord, 'id'>;
};

export const DEFAULT_DB_NAME = 'journeyboard';

export function openJourneyDb(name = DEFAULT_DB_NAME): JourneyDb {
  const db = new Dexie(name) as JourneyDb;
  // only indexed fields are listed; booleans cannot be IndexedDB keys, so `trashed` is filtered in memory
  db.version(1).stores({
    maps: 'id, kind, parentMapId, updatedAt',
    connections: 'mapId',
    versions: 'id, mapId, createdAt',
  });
  return db;
}
