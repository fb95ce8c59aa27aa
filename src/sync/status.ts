/**
 * The relay connection's state as the UI sees it (session scope: never synced or saved).
 */

export type SyncStatus = 'offline' | 'connecting' | 'synced';

/** What the relay lets this connection do; `admin` is the relay owner's token. */
export type SyncRole = 'admin' | 'edit' | 'view' | 'facilitator' | 'comment';

/**
 * Why the relay refused us for good (the client stops reconnecting):
 * unauthorized = no valid token (4401), forbidden = origin not allowed (4403),
 * invalid-map = bad map id (4404), too-large = a message over MAX_MESSAGE_BYTES (1009;
 * the same bytes would be resent on every reconnect) or a document over MAX_DOC_BYTES
 * (4413), refused = any other 44xx close.
 */
export type SyncError = 'unauthorized' | 'forbidden' | 'invalid-map' | 'too-large' | 'refused';

export interface SyncState {
  readonly status: SyncStatus;
  /** local changes the relay has not yet confirmed storing */
  readonly pendingChanges: number;
  /**
   * what the token grants: read from the token before connecting (links.ts), then as
   * the relay said (its first message); null = not known yet
   */
  readonly role: SyncRole | null;
  readonly error: SyncError | null;
  /** ms since the epoch of the last time everything local was confirmed */
  readonly lastSyncedAt: number | null;
  /** connection attempts that closed before syncing, since the last sync */
  readonly failedAttempts: number;
}

export const INITIAL_SYNC_STATE: SyncState = {
  status: 'offline',
  pendingChanges: 0,
  role: null,
  error: null,
  lastSyncedAt: null,
  failedAttempts: 0,
};

/** Maps a relay close code to a permanent error, or null for transient closes. */
export function errorForCloseCode(code: number): SyncError | null {
  switch (code) {
    case 4401:
      return 'unauthorized';
    case 4403:
      return 'forbidden';
    case 4404:
      return 'invalid-map';
    case 1009:
    case 4413:
      return 'too-large';
    default:
      return code >= 4400 && code < 4500 ? 'refused' : null;
  }
}

export function isSyncRole(value: unknown): value is SyncRole {
  return (
    value === 'admin' ||
    value === 'edit' ||
    value === 'view' ||
    value === 'facilitator' ||
    value === 'comment'
  );
}

/**
 * Whether the board must not offer editing: a view link, or a token whose role is
 * not known yet (it might be a view link, whose edits the relay silently drops).
 * After a refusal the map is simply local again, so it is editable unless the token
 * said "view".
 */
export function isReadOnlyState(state: SyncState): boolean {
  return (
    state.role === 'view' ||
    state.role === 'comment' ||
    (state.role === null && state.error === null)
  );
}

/** How the map relates to its relay, for the home screen's catalog. */
export type CatalogSyncState = 'local' | 'pending' | 'synced';

/**
 * The catalog sync state a connection state implies, or null when it says nothing
 * new (offline or connecting with nothing unconfirmed: the last known state stands).
 * A refused token means the map is on this device only.
 */
export function catalogSyncState(state: SyncState): CatalogSyncState | null {
  if (state.error === 'unauthorized') return 'local';
  if (state.pendingChanges > 0) return 'pending';
  if (state.status === 'synced') return 'synced';
  return null;
}
