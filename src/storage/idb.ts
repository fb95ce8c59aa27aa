/**
 * Promise helpers over raw IndexedDB for the few places that need to know when a
 * write is DURABLE (transaction `complete`), which y-indexeddb does not report.
 */
import { StorageError, toStorageError } from './errors';

export function idbFactory(): IDBFactory {
  const factory = globalThis.indexedDB;
  if (!factory) throw new StorageError('unavailable', 'IndexedDB is not available in this browser');
  return factory;
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction commits, rejects when it aborts or fails. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new StorageError('write-failed', 'transaction aborted'));
  });
}

/** Opens (creating when asked) a database with the y-indexeddb layout. */
export function openYDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = idbFactory().open(name);
    } catch (error) {
      reject(toStorageError('load-failed', error));
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      // same stores as y-indexeddb creates, so either side can open the other's data
      if (!db.objectStoreNames.contains('updates'))
        db.createObjectStore('updates', { autoIncrement: true });
      if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(toStorageError('load-failed', req.error));
    req.onblocked = () =>
      reject(new StorageError('load-failed', `database ${name} is blocked by another tab`));
  });
}

/**
 * Opens a database only if it exists (never creates one): a new database would show
 * up as an (empty) stored map. Works without `indexedDB.databases()`.
 */
export function openExistingYDatabase(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    let missing = false;
    try {
      req = idbFactory().open(name);
    } catch (error) {
      reject(toStorageError('load-failed', error));
      return;
    }
    req.onupgradeneeded = (event) => {
      // version 0 → 1 means the database did not exist; aborting leaves nothing behind
      if (event.oldVersion === 0) {
        missing = true;
        req.transaction?.abort();
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      if (missing) {
        event.preventDefault();
        resolve(null);
      } else reject(toStorageError('load-failed', req.error));
    };
    req.onblocked = () =>
      reject(new StorageError('load-failed', `database ${name} is blocked by another tab`));
  });
}

/** Names of this origin's databases, or `null` where the browser cannot list them. */
export async function databaseNames(): Promise<string[] | null> {
  const factory = idbFactory();
  if (typeof factory.databases !== 'function') return null;
  const infos = await factory.databases();
  return infos.flatMap((info) => (info.name ? [info.name] : []));
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = idbFactory().deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(toStorageError('write-failed', req.error));
    // another tab still has it open; the delete completes when it closes
    req.onblocked = () => resolve();
  });
}
