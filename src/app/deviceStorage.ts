/**
 * The composition root's storage: the device's one IndexedDB backend (documents,
 * catalog, versions), created here once and provided to the storage layer. Nothing
 * below `src/app` creates a backend of its own.
 */
import { createIndexedDbBackend, setStorageBackend, type StorageBackend } from '../storage';

/** Creates the device's backend and provides it to the storage layer. */
export function provideDeviceStorage(): StorageBackend {
  const backend = createIndexedDbBackend();
  setStorageBackend(backend);
  return backend;
}
