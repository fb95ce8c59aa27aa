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

export async function databaseNames(): Promise<string[]> {
  const factory = idbFactory();
  if (typeof factory.databases !== 'function') {
    throw new StorageError('unavailable', 'this browser cannot list its IndexedDB databases');
  }
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
