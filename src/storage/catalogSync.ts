/**
 * Keeps the catalog derived from documents: `trackCatalog` follows an open map,
 * `rebuildCatalog` recreates every row from the stored documents, `reconcileCatalog`
 * repairs only the rows that are missing or orphaned. Data only ever flows document → catalog.
 */
import * as Y from 'yjs';
import { exportMap, isMapDoc, type SnapshotStore } from '../doc';
import { storage } from './backend';
import { entryFromMap, entryFromSnapshot } from './catalogEntry';
import type { CatalogEntry, DerivedEntry } from './catalogStore';
import { toStorageError, type StorageError } from './errors';

export interface CatalogTracker {
  /** writes a pending change now (resolves once the row, or the write under way, is stored) */
  flush(): Promise<void>;
  /** resolves once the row of the map as opened is stored (idle time, or an earlier flush) */
  readonly opened: Promise<void>;
  /** flushes, then stops following */
  stop(): Promise<void>;
}

/**
 * Follows the snapshots of an open map and writes its catalog row `debounceMs` after
 * the changes pause, and at least every `maxWaitMs` while they go on. A row is a
 * summary of the whole map (read from the snapshot: every live card's text), so
 * a workshop's steady stream of edits pays it every few seconds, in idle time, rather
 * than after every burst. The first row (the map as opened) is written in idle time too:
 * on a big map it would otherwise sit between the open and the first paint. A failed
 * write is retried with the next change and reported to `onError`.
 */
export function trackCatalog(
  mapId: string,
  store: SnapshotStore,
  options: {
    debounceMs?: number;
    maxWaitMs?: number;
    onError?: (error: StorageError) => void;
  } = {},
): CatalogTracker {
  const debounceMs = options.debounceMs ?? 800;
  const maxWaitMs = Math.max(debounceMs, options.maxWaitMs ?? 5_000);
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** when the oldest change not yet written came (null: nothing pending) */
  // the row as opened is pending from the start (a tab closed at once still writes it)
  let pendingSince: number | null = Date.now();
  let dirty = true;
  /** the write under way, so a flush with nothing new still waits for the row */
  let inFlight: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    pendingSince = null;
    if (!dirty) return inFlight;
    dirty = false;
    let snapshot;
    try {
      snapshot = store.getSnapshot();
    } catch {
      // a doc still waiting for its content (e.g. from the relay) is not listed yet
      return inFlight;
    }
    if (snapshot.meta.id !== mapId) return inFlight;
    const entry = entryFromSnapshot(snapshot);
    inFlight = inFlight.then(async () => {
      try {
        await storage().catalog.upsert(entry);
      } catch (error) {
        dirty = true;
        options.onError?.(toStorageError('write-failed', error));
      }
    });
    return inFlight;
  };
  const schedule = () => {
    dirty = true;
    const now = Date.now();
    pendingSince ??= now;
    if (timer) clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, pendingSince + maxWaitMs - now));
    timer = setTimeout(() => whenIdle(() => void write()), wait);
  };
  // every doc command stamps meta.updatedAt, so the row's "last change" comes from the doc
  const unsubscribe = store.subscribe(schedule);
  // a tab closed or hidden mid-stream writes what is pending now, not seconds later
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && pendingSince !== null) void write();
  };
  const listen = typeof document !== 'undefined';
  if (listen) document.addEventListener('visibilitychange', onHidden);
  // the first row comes from the content as opened (opening is not a change), once idle
  const opened = new Promise<void>((resolve) => whenIdle(() => void write().then(resolve)));
  return {
    flush: write,
    opened,
    async stop() {
      unsubscribe();
      if (listen) document.removeEventListener('visibilitychange', onHidden);
      await write();
    },
  };
}

/** Runs `fn` when the page is idle (at most a second later), or at once where that is unknown. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1_000 });
  else fn();
}

/** The catalog row of a stored document, or `null` when it holds no map (yet). */
async function entryFromDocument(id: string): Promise<DerivedEntry | null> {
  const update = await storage().documents.read(id);
  if (!update) return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return isMapDoc(doc) ? entryFromMap(exportMap(doc)) : null;
  } finally {
    doc.destroy();
  }
}

/** Recreates every catalog row from the stored documents, keeping device flags where rows survive. */
export async function rebuildCatalog(): Promise<CatalogEntry[]> {
  const { documents, catalog } = storage();
  const seen = new Set<string>();
  for (const id of await documents.list()) {
    const entry = await entryFromDocument(id);
    if (!entry) continue;
    await catalog.upsert(entry);
    seen.add(id);
  }
  // rows without a document describe nothing that can be opened
  for (const entry of await catalog.list()) if (!seen.has(entry.id)) await catalog.remove(entry.id);
  return catalog.list();
}

export interface CatalogRepair {
  readonly entries: CatalogEntry[];
  /** ids of documents that had no row and got one */
  readonly added: readonly string[];
  /** ids of rows that had no document and were dropped */
  readonly removed: readonly string[];
}

/**
 * Brings the catalog in line with the stored documents without touching rows that
 * are fine: a document without a row (e.g. a create that failed between writing the
 * document and its row) gets one; a row without a document is dropped — also in the
 * trash, since the trash keeps documents and a row alone cannot be restored.
 */
export async function reconcileCatalog(): Promise<CatalogRepair> {
  const { documents, catalog } = storage();
  const [ids, rows] = await Promise.all([documents.list(), catalog.list()]);
  const stored = new Set(ids);
  const listed = new Set(rows.map((r) => r.id));
  const added: string[] = [];
  const removed: string[] = [];
  for (const id of ids) {
    if (listed.has(id)) continue;
    const entry = await entryFromDocument(id);
    if (!entry) continue;
    await catalog.upsert(entry);
    added.push(id);
  }
  for (const row of rows) {
    // a direct look confirms what the listing says before anything is dropped
    if (stored.has(row.id) || (await documents.read(row.id)) !== null) continue;
    await catalog.remove(row.id);
    removed.push(row.id);
  }
  return {
    entries: added.length + removed.length > 0 ? await catalog.list() : rows,
    added,
    removed,
  };
}
