/**
 * Maps on this device as whole units: create (seeded once), read, copy, trash.
 * Each new map is seeded with `createMapDoc` exactly once, here, and stored before
 * it is listed — never "seed if empty after sync" (two peers would both seed).
 */
import { deriveSubjourney } from '../model/subjourney';
import * as Y from 'yjs';
import { createMapDoc, exportMap, isMapDoc } from '../doc';
import { newId } from '../model/ids';
import { fromTemplate, standardTemplate, type TemplateLanguage } from '../model/templates';
import type { JourneyMap } from '../model/types';
import { storage } from './backend';
import { entryFromMap } from './catalogEntry';
import { StorageError } from './errors';
import { requestPersistentStorage } from './persist';

/** Stores `map` as a new local document and lists it; returns its id. Refuses an id in use. */
export async function createLocalMap(map: JourneyMap): Promise<string> {
  const { documents, catalog } = storage();
  if (await mapExists(map.id)) {
    throw new StorageError('exists', `a map with id ${map.id} already exists on this device`);
  }
  const doc = createMapDoc(map, new Y.Doc());
  try {
    await documents.append(map.id, Y.encodeStateAsUpdate(doc));
    try {
      await catalog.upsert(entryFromMap(exportMap(doc)));
    } catch (error) {
      // a failed create leaves nothing; if even this fails, reconcileCatalog lists it later
      await documents.remove(map.id).catch(() => undefined);
      throw error;
    }
  } finally {
    doc.destroy();
  }
  void requestPersistentStorage();
  return map.id;
}

/** Whether a document or catalog row with this id is on this device. */
export async function mapExists(mapId: string): Promise<boolean> {
  const { documents, catalog } = storage();
  if (await catalog.get(mapId)) return true;
  return (await documents.read(mapId)) !== null;
}

/** The stored map as format v1, or `null` when it is not on this device. */
export async function loadMap(mapId: string): Promise<JourneyMap | null> {
  const update = await storage().documents.read(mapId);
  if (!update) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return isMapDoc(doc) ? exportMap(doc) : null;
  } finally {
    doc.destroy();
  }
}

async function requireMap(mapId: string): Promise<JourneyMap> {
  const map = await loadMap(mapId);
  if (!map) throw new StorageError('not-found', `map ${mapId} is not on this device`);
  return map;
}

/** A new map from the standard template in `language`. */
export function createFromStandard(language: TemplateLanguage, title: string): Promise<string> {
  return createLocalMap(standardTemplate(language, { title }));
}

/** A new map from a saved template document. */
export async function createFromTemplate(templateId: string, title: string): Promise<string> {
  return createLocalMap(fromTemplate(await requireMap(templateId), { title }));
}

/** A copy with a new id (fresh document history, so it syncs as a separate map). */
export async function duplicateMap(mapId: string, title: string): Promise<string> {
  const map = await requireMap(mapId);
  return createLocalMap(restamp(map, { title }));
}

/** A copy marked as a variant (market, segment) of the original. */
export async function createVariant(mapId: string, label: string, title: string): Promise<string> {
  const map = await requireMap(mapId);
  return createLocalMap(restamp(map, { title, variant: { of: mapId, label } }));
}

/**
 * A new map that details one phase of `mapId`: the parent's lanes (no cards), the
 * standard phases, and `parent: { mapId, phaseId }` so the board can link the two.
 */
export async function createSubjourney(
  mapId: string,
  phaseId: string,
  options: { title?: string; language?: TemplateLanguage } = {},
): Promise<string> {
  const parent = await requireMap(mapId);
  const phase = parent.phases.find((p) => p.id === phaseId);
  if (!phase) throw new StorageError('not-found', `map ${mapId} has no phase ${phaseId}`);
  // the phase's steps (its touchpoints, or three empty ones) and copies of its cards
  const language = options.language ?? (parent.language?.startsWith('de') ? 'de' : 'en');
  const lanes =
    parent.lanes.length > 0
      ? {}
      : { lanes: standardTemplate(language, { title: phase.name }).lanes };
  return createLocalMap(
    deriveSubjourney({ ...parent, ...lanes }, phaseId, {
      ...(options.title ? { title: options.title } : {}),
    }),
  );
}

function restamp(map: JourneyMap, patch: Partial<JourneyMap>): JourneyMap {
  const at = new Date().toISOString();
  return { ...map, ...patch, id: newId(), createdAt: at, updatedAt: at };
}

export async function trashMap(mapId: string): Promise<void> {
  await storage().catalog.setFlags(mapId, { trashed: true, trashedAt: new Date().toISOString() });
}

export async function restoreMap(mapId: string): Promise<void> {
  await storage().catalog.setFlags(mapId, { trashed: false, trashedAt: undefined });
}

/** Deletes one map for good: its document, versions, connection and row. */
export async function deleteMapForever(mapId: string): Promise<void> {
  const { documents, catalog, versions } = storage();
  await documents.remove(mapId);
  await versions.removeForMap(mapId);
  await catalog.setConnection(mapId, null);
  await catalog.remove(mapId);
}

/** Deletes every trashed map for good; returns how many. */
export async function emptyTrash(): Promise<number> {
  const trashed = (await storage().catalog.list()).filter((e) => e.trashed);
  for (const entry of trashed) await deleteMapForever(entry.id);
  return trashed.length;
}
