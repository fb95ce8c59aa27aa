/**
 * The relay connection's state as the UI sees it (session scope: never synced or saved).
 */

export type SyncStatus = 'offline' | 'connecting' | 'synced';

/** What the relay lets this connection do; `admin` is the relay owner's token. */
export type SyncRole = 'admin' | 'edit' | 'view' | 'facilitator';

/**
 * Why the relay refused us for good (the client stops reconnecting):
 * unauthorized = no valid token (4401), forbidden = origin not allowed (4403),
 * invalid-map = bad map id (4404), too-large = document over the relay's limit (4413),
 * refused = any other 44xx close.
 */
export type SyncError = 'unauthorized' | 'forbidden' | 'invalid-map' | 'too-large' | 'refused';

export interface SyncState {
  readonly status: SyncStatus;
  /** local changes the relay has not yet confirmed storing */
  readonly pendingChanges: number;
  /** null until the relay said (first message after connecting) */
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
    case 4413:
      return 'too-large';
    default:
      return code >= 4400 && code < 4500 ? 'refused' : null;
  }
}

export function isSyncRole(value: unknown): value is SyncRole {
  return value === 'admin' || value === 'edit' || value === 'view' || value === 'facilitator';
}
