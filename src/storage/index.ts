/** Local-first storage: documents in IndexedDB, the catalog, versions, imports. See README.md. */
export { StorageError, type StorageErrorCode } from './errors';
export type { DocumentStore, DocumentBinding } from './documentStore';
export type {
  CatalogStore,
  CatalogEntry,
  DerivedEntry,
  EntryFlags,
  MapConnection,
  SyncState,
} from './catalogStore';
export type { VersionStore, VersionRecord } from './versionStore';
export { MemoryDocumentStore } from './memoryDocumentStore';
export { MemoryCatalogStore } from './memoryCatalogStore';
export { MemoryVersionStore } from './versionStore';
export {
  storage,
  setStorageBackend,
  createIndexedDbBackend,
  preloadStorage,
  type StorageBackend,
} from './backend';
export {
  openMapStorage,
  openStorages,
  type MapStorage,
  type StorageStatus,
  type StoragePhase,
  type OpenOptions,
} from './mapStorage';
export { catalog } from './catalog';
export {
  entryFromMap,
  queryCatalog,
  catalogTags,
  type CatalogQuery,
  type CatalogSort,
} from './catalogEntry';
export {
  trackCatalog,
  rebuildCatalog,
  reconcileCatalog,
  type CatalogTracker,
  type CatalogRepair,
} from './catalogSync';
export {
  createLocalMap,
  mapExists,
  loadMap,
  createFromStandard,
  createFromTemplate,
  duplicateMap,
  createVariant,
  createSubjourney,
  trashMap,
  restoreMap,
  deleteMapForever,
  emptyTrash,
} from './localMaps';
export {
  saveVersion,
  listVersions,
  loadVersion,
  deleteVersion,
  restoreVersion,
  planRestore,
  PlanChangedError,
  diffMaps,
  type RestorePlan,
  type VersionInfo,
  type VersionDiff,
} from './versions';
export { getMapConnection, setMapConnection, setMapSyncState } from './connection';
export {
  importFiles,
  type ImportSource,
  type ImportResult,
  type ImportedMap,
  type RejectedFile,
  type FailedFile,
} from './importMap';
export {
  requestPersistentStorage,
  checkPersistence,
  persistenceState,
  subscribePersistence,
  type PersistenceState,
} from './persist';
export {
  deviceMaps,
  deviceVocabulary,
  listSourcedMaps,
  listEachSource,
  type MapSource,
  type SourcedMap,
  type SourceFailure,
} from './mapSources';
export {
  listChecks,
  rememberCheck,
  subscribeChecks,
  createCheck,
  readCheck,
  type CheckEntry,
} from './maturityChecks';
