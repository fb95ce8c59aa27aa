/**
 * Keeps the catalog derived from documents: `trackCatalog` follows an open map,
 * `rebuildCatalog` recreates every row from the stored documents. Data only ever
 * flows document → catalog.
 */
import * as Y from 'yjs';
import { exportMap, isMapDoc, snapshotToMap, type SnapshotStore } from '../doc';
import { storage } from './backend';
import { entryFromMap } from './catalogEntry';
import type { CatalogEntry } from './catalogStore';
import { toStorageError, type StorageError } from './errors';

export interface CatalogTracker {
  /** writes a pending change now */
  flush(): Promise<void>;
  /** flushes, then stops following */
  stop(): Promise<void>;
}

/**
 * Follows the snapshots of an open map and writes its catalog row, at most once per
 * `debounceMs`. A failed write is retried with the next change and reported to `onError`.
 */
export function trackCatalog(
  mapId: string,
  store: SnapshotStore,
  options: { debounceMs?: number; onError?: (error: StorageError) => void } = {},
): CatalogTracker {
  const debounceMs = options.debounceMs ?? 800;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = true;

  const write = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty) return;
    dirty = false;
    let map;
    try {
      map = snapshotToMap(store.getSnapshot());
    } catch {
      // a doc still waiting for its content (e.g. from the relay) is not listed yet
      return;
    }
    if (map.id !== mapId) return;
    try {
      await storage().catalog.upsert(entryFromMap(map));
    } catch (error) {
      dirty = true;
      options.onError?.(toStorageError('write-failed', error));
    }
  };
  const schedule = () => {
    dirty = true;
    if (!timer) timer = setTimeout(() => void write(), debounceMs);
  };
  // every doc command stamps meta.updatedAt, so the row's "last change" comes from the doc
  const unsubscribe = store.subscribe(schedule);
  // the first row comes from the content as opened: opening is not a change
  void write();
  return {
    flush: write,
    async stop() {
      unsubscribe();
      await write();
    },
  };
}

/** Recreates every catalog row from the stored documents, keeping device flags where rows survive. */
export async function rebuildCatalog(): Promise<CatalogEntry[]> {
  const { documents, catalog } = storage();
  const ids = await documents.list();
  const seen = new Set<string>();
  for (const id of ids) {
    const update = await documents.read(id);
    if (!update) continue;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, update);
      if (!isMapDoc(doc)) continue;
      const map = exportMap(doc);
      await catalog.upsert(entryFromMap(map));
      seen.add(id);
    } finally {
      doc.destroy();
    }
  }
  // rows without a document describe nothing that can be opened
  for (const entry of await catalog.list()) if (!seen.has(entry.id)) await catalog.remove(entry.id);
  return catalog.list();
}
