/** Test helper: a fresh real backend (Dexie + y-indexeddb on fake-indexeddb) per test. */
import * as Y from 'yjs';
import { createIndexedDbBackend, setStorageBackend, type StorageBackend } from './backend';
import { openMapStorage } from './mapStorage';

let n = 0;
export function freshIndexedDbBackend(): StorageBackend {
  const backend = createIndexedDbBackend(`journeyboard-test-${Date.now().toString(36)}-${++n}`);
  setStorageBackend(backend);
  return backend;
}

/** Test helper: a fresh Y.Doc loaded from the map's stored state (no tab sync). */
export async function openStoredDoc(mapId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  await openMapStorage(mapId, doc, { tabSync: false }).whenLoaded;
  return doc;
}
