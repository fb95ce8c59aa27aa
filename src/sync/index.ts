/** The sync layer: relay connection + status, share links. UI imports types and the share API from here. */
export { connectRelay, syncBaseUrl, type RelayOptions, type SyncConnection } from './connectRelay';
export {
  INITIAL_SYNC_STATE,
  errorForCloseCode,
  catalogSyncState,
  isReadOnlyState,
  type CatalogSyncState,
  type SyncError,
  type SyncRole,
  type SyncState,
  type SyncStatus,
} from './status';
export {
  createShareLink,
  revokeShareLinks,
  whoami,
  httpBaseUrl,
  ShareApiError,
  type ShareLink,
  type ShareRole,
} from './share';
export {
  openRoom,
  RelayRefusedError,
  RelayUnreachableError,
  type OpenRoomOptions,
} from './openRoom';
export { readLinkToken, claimedRole, type LinkToken } from './links';
export { followCatalogSyncState } from './catalogState';
export { newMapDoc } from './newDoc';
export { localPendingStore } from './pendingStore';
export {
  createWorkspaceLink,
  fetchTeamMaps,
  revokeWorkspaceLinks,
  setTeamTrashed,
  type TeamRow,
  type TeamList,
} from './team';
export { keepOnDevice } from './keepOnDevice';
export {
  teamMapSource,
  fetchTeamMapDocuments,
  TeamChangeError,
  TEAM_SOURCE,
  type TeamLogin,
} from './teamMaps';
export { openableMapSources, listOpenableMaps, workspaceVocabulary } from './openableMaps';
