/**
 * Where the insights view gets its maps: "map sources". The device source reads
 * every map (not template, not trashed) on this device; a team repository source
 * (issue #14) plugs in with the same shape. A change from the insights view is an
 * ordinary doc command on the stored document, saved as one update.
 */
import * as Y from 'yjs';
import { exportMap, isMapDoc, type MapDoc } from '../doc';
import { gatherVocabulary, type Vocabulary } from '../model/insights';
import type { JourneyMap } from '../model/types';
import { storage } from './backend';
import { entryFromMap } from './catalogEntry';
import { StorageError } from './errors';

export interface SourcedMap {
  /** the source whose copy is shown (and changed): the first source that has the map */
  readonly source: string;
  readonly map: JourneyMap;
  /** every source that has the map (the same map on the device and on the team relay) */
  readonly sources?: readonly string[];
}

export interface MapSource {
  /** stable id, shown as the map's origin ("device", a relay's address) */
  readonly id: string;
  /** every map of the source, as format v1 */
  list(): Promise<JourneyMap[]>;
  /** runs `edit` (doc commands: one change) on the map and saves it; returns the map after it */
  change(mapId: string, edit: (doc: MapDoc) => void): Promise<JourneyMap>;
}

/** Maps on this device: the catalog's live maps and their stored documents. */
export const deviceMaps: MapSource = {
  id: 'device',
  async list() {
    const { catalog, documents } = storage();
    const entries = (await catalog.list()).filter((e) => !e.trashed && e.kind === 'map');
    const maps: JourneyMap[] = [];
    for (const entry of entries) {
      const update = await documents.read(entry.id);
      if (!update) continue;
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, update);
        if (isMapDoc(doc)) maps.push(exportMap(doc));
      } finally {
        doc.destroy();
      }
    }
    return maps;
  },
  async change(mapId, edit) {
    const { catalog, documents } = storage();
    const stored = await documents.read(mapId);
    if (!stored) throw new StorageError('not-found', `map ${mapId} is not on this device`);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, stored);
      const before = Y.encodeStateVector(doc);
      edit(doc);
      const update = Y.encodeStateAsUpdate(doc, before);
      const after = exportMap(doc);
      // an update with no structs and no deletions is 2 bytes: nothing to save
      if (update.byteLength <= 2) return after;
      await documents.append(mapId, update);
      await catalog.upsert(entryFromMap(after));
      return after;
    } finally {
      doc.destroy();
    }
  },
};

/** Maps of every source, each tagged with where it came from (first source wins an id). */
export async function listSourcedMaps(sources: readonly MapSource[]): Promise<SourcedMap[]> {
  const { maps, failures } = await listEachSource(sources);
  if (failures.length > 0) throw failures[0]!.error;
  return maps;
}

export interface SourceFailure {
  readonly source: string;
  readonly error: unknown;
}

/**
 * Maps of every source, read at once; a source that fails (relay away, login revoked)
 * is reported in `failures` and the others still count. A map in several sources is
 * listed once, as the first source's copy, with `sources` naming all of them.
 */
export async function listEachSource(
  sources: readonly MapSource[],
): Promise<{ maps: SourcedMap[]; failures: SourceFailure[] }> {
  const lists = await Promise.allSettled(sources.map((s) => s.list()));
  const byId = new Map<string, { source: string; map: JourneyMap; sources: string[] }>();
  const failures: SourceFailure[] = [];
  lists.forEach((result, i) => {
    const source = sources[i]!.id;
    if (result.status === 'rejected') {
      failures.push({ source, error: result.reason });
      return;
    }
    for (const map of result.value) {
      const known = byId.get(map.id);
      if (known) {
        if (!known.sources.includes(source)) known.sources.push(source);
      } else byId.set(map.id, { source, map, sources: [source] });
    }
  });
  return { maps: [...byId.values()], failures };
}

let vocabularyCache: { at: number; value: Promise<Vocabulary> } | null = null;

/**
 * The workspace vocabulary (owner teams, channels, IT systems, tags) gathered from
 * every map on this device, most used first — what card pickers suggest. Read again
 * when older than `maxAgeMs`.
 */
export function deviceVocabulary(maxAgeMs = 30_000): Promise<Vocabulary> {
  const now = Date.now();
  if (!vocabularyCache || now - vocabularyCache.at > maxAgeMs) {
    const value = deviceMaps.list().then(gatherVocabulary);
    vocabularyCache = { at: now, value };
    value.catch(() => (vocabularyCache = null));
  }
  return vocabularyCache.value;
}
