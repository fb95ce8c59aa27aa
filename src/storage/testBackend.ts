/** Test helper: a fresh real backend (Dexie + y-indexeddb on fake-indexeddb) per test. */
import { createIndexedDbBackend, setStorageBackend, type StorageBackend } from './backend';

let n = 0;
export function freshIndexedDbBackend(): StorageBackend {
  const backend = createIndexedDbBackend(`journeyboard-test-${Date.now().toString(36)}-${++n}`);
  setStorageBackend(backend);
  return backend;
}
