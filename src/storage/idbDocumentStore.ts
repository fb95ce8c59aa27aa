/**
 * DocumentStore on IndexedDB, one database per map in the y-indexeddb layout
 * (`updates` store of Yjs updates, auto-increment keys). Loading goes through
 * y-indexeddb's IndexeddbPersistence; writes go through our own transaction so a
 * write is only reported done once it has committed, and failures reach the caller
 * (y-indexeddb's own writer fires and forgets, so it is switched off).
 */
import * as Y from 'yjs';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE } from 'y-indexeddb';
import type { DocumentBinding, DocumentStore } from './documentStore';
import { StorageError, toStorageError } from './errors';
import {
  committed,
  databaseNames,
  deleteDatabase,
  openExistingYDatabase,
  openYDatabase,
  request,
} from './idb';
import { contentNotes, type ContentNotes, type NoteStorage } from './contentNotes';

const DEFAULT_PREFIX = 'journeyboard-map:';
/** A load that has not finished after this long is reported as failed, not awaited forever. */
const LOAD_TIMEOUT_MS = 60_000;

/** The IndexedDB database that holds one map's document. */
export function databaseName(mapId: string, prefix = DEFAULT_PREFIX): string {
  return prefix + mapId;
}

export interface IdbDocumentStoreOptions {
  /**
   * Ids that may have a document, for browsers that cannot list their databases
   * (no `indexedDB.databases()`); the app passes the catalog's ids.
   */
  readonly knownIds?: () => Promise<readonly string[]>;
  /** where the notes of stored content live (default: localStorage; contentNotes.ts) */
  readonly noteStorage?: NoteStorage | null;
}

/**
 * Asks IndexedDB to commit at once, not when the page has heard back from its requests:
 * a write made as the tab closes (mapStorage's pagehide) is then committed even if the
 * page is gone before that answer (under load it was lost: e2e/firstvisit.spec.ts).
 */
function commitNow(tx: IDBTransaction): void {
  if (typeof tx.commit === 'function') tx.commit();
}

export class IdbDocumentStore implements DocumentStore {
  /** `prefix` keeps separate sets of maps apart (tests); the app uses the default. */
  private readonly notes: ContentNotes;

  constructor(
    private readonly prefix = DEFAULT_PREFIX,
    private readonly options: IdbDocumentStoreOptions = {},
  ) {
    this.notes = 'noteStorage' in options ? contentNotes(options.noteStorage) : contentNotes();
  }

  noted(mapId: string): boolean {
    return this.notes.has(databaseName(mapId, this.prefix));
  }

  attach(mapId: string, doc: Y.Doc): DocumentBinding {
    const name = databaseName(mapId, this.prefix);
    const persistence = new IndexeddbPersistence(name, doc);
    let noted = this.notes.has(name);
    const note = () => {
      if (noted) return;
      noted = true;
      this.notes.note(name);
    };
    // y-indexeddb's writer cannot report failures; our `store` replaces it
    doc.off('update', persistence._storeUpdate);
    // y-indexeddb closes its database when the doc is destroyed, which would fail the writes
    // still queued at that moment; `destroy` below closes it once they are done instead
    doc.off('destroy', persistence.destroy);
    let size = 0;
    let compacting: Promise<void> | null = null;

    const whenLoaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new StorageError('load-failed', `loading map ${mapId} timed out`)),
        LOAD_TIMEOUT_MS,
      );
      persistence._db.catch((error: unknown) => {
        clearTimeout(timer);
        reject(toStorageError('load-failed', error));
      });
      void persistence.whenSynced.then(() => {
        clearTimeout(timer);
        size = persistence._dbsize;
        // content stored before notes existed gets its note on its first load (y-indexeddb
        // also stores what the doc held before the load, in the load's own transaction)
        if (doc.store.clients.size > 0) note();
        resolve();
      });
    });

    const compact = async (db: IDBDatabase) => {
      const tx = db.transaction(['updates'], 'readwrite');
      const done = committed(tx);
      const store = tx.objectStore('updates');
      // read everything first: another tab may have written updates this doc lacks
      const [keys, updates] = await Promise.all([
        request(store.getAllKeys()),
        request(store.getAll() as IDBRequest<Uint8Array[]>),
      ]);
      Y.transact(
        doc,
        () => updates.forEach((u) => Y.applyUpdate(doc, u, persistence)),
        persistence,
        false,
      );
      const last = keys[keys.length - 1];
      store.add(Y.encodeStateAsUpdate(doc));
      if (last !== undefined) store.delete(IDBKeyRange.upperBound(last));
      await done;
      size = 1;
    };

    return {
      whenLoaded,
      origin: persistence,
      store: async (update) => {
        let db: IDBDatabase;
        try {
          db = await persistence._db;
          const tx = db.transaction(['updates'], 'readwrite');
          tx.objectStore('updates').add(update);
          commitNow(tx);
          await committed(tx);
        } catch (error) {
          throw toStorageError('write-failed', error);
        }
        note();
        if (++size >= PREFERRED_TRIM_SIZE && !compacting) {
          // compaction only shrinks; if it fails the updates are all still there
          compacting = compact(db)
            .catch(() => undefined)
            .finally(() => {
              compacting = null;
            });
        }
      },
      destroy: async () => {
        await compacting;
        await persistence.destroy().catch(() => undefined);
      },
    };
  }

  async read(mapId: string): Promise<Uint8Array | null> {
    const db = await openExistingYDatabase(databaseName(mapId, this.prefix));
    if (!db) return null;
    try {
      const tx = db.transaction(['updates'], 'readonly');
      const updates = await request(tx.objectStore('updates').getAll() as IDBRequest<Uint8Array[]>);
      return updates.length > 0 ? Y.mergeUpdates(updates) : null;
    } catch (error) {
      throw toStorageError('load-failed', error);
    } finally {
      db.close();
    }
  }

  async append(mapId: string, update: Uint8Array): Promise<void> {
    const db = await openYDatabase(databaseName(mapId, this.prefix));
    try {
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      commitNow(tx);
      await committed(tx);
    } catch (error) {
      throw toStorageError('write-failed', error);
    } finally {
      db.close();
    }
    this.notes.note(databaseName(mapId, this.prefix));
  }

  /** Every stored map; where the browser cannot list databases, those of `knownIds` that exist. */
  async list(): Promise<string[]> {
    const names = await databaseNames();
    const prefix = this.prefix;
    if (names) return names.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
    const known = (await this.options.knownIds?.()) ?? [];
    const found: string[] = [];
    for (const id of new Set(known)) {
      const db = await openExistingYDatabase(databaseName(id, prefix));
      if (!db) continue;
      db.close();
      found.push(id);
    }
    return found;
  }

  async remove(mapId: string): Promise<void> {
    await deleteDatabase(databaseName(mapId, this.prefix));
    this.notes.forget(databaseName(mapId, this.prefix));
  }
}
