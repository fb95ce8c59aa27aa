/**
 * The relay connection at a glance: a dot plus a word (never colour alone), pending
 * changes, read-only mode and permanent errors. Announced politely to screen readers.
 */
import { useSyncExternalStore } from 'react';
import type { SyncConnection, SyncState } from '../../sync';
import { useT } from '../../i18n';
import { syncMessages } from './messages';
import './sync.css';

const noSubscribe = () => () => {};

function useSyncState(connection: SyncConnection | null): SyncState | null {
  return useSyncExternalStore(
    connection ? connection.status.subscribe : noSubscribe,
    connection ? connection.status.getState : () => null,
  );
}

export function SyncStatus({ connection }: { connection: SyncConnection | null }) {
  const t = useT(syncMessages);
  const state = useSyncState(connection);
  if (!connection || !state) {
    return (
      <div
        className="jb-sync-status"
        data-state="local"
        role="status"
        aria-label={t('statusLabel')}
        title={t('localOnlyHint')}
      >
        <span className="jb-sync-dot" aria-hidden="true" />
        <span>{t('localOnly')}</span>
      </div>
    );
  }
  const { status, pendingChanges, role, error } = state;
  const shown = error ? 'error' : status === 'synced' && pendingChanges > 0 ? 'syncing' : status;
  const label = shown === 'error' ? t('offline') : t(shown);
  const pending = pendingChanges === 1 ? t('pendingOne') : t('pending', { count: pendingChanges });
  return (
    <div
      className="jb-sync-status"
      data-state={shown}
      role="status"
      aria-live="polite"
      aria-label={t('statusLabel')}
      title={status === 'offline' && !error ? t('offlineHint') : undefined}
    >
      <span className="jb-sync-dot" aria-hidden="true" />
      <span>{label}</span>
      {shown === 'offline' && <span className="jb-sync-kept">{t('offlineKept')}</span>}
      {pendingChanges > 0 && <span className="jb-sync-pending">{pending}</span>}
      {role === 'view' && <span className="jb-sync-badge">{t('readOnly')}</span>}
      {role === 'comment' && <span className="jb-sync-badge">{t('commentOnly')}</span>}
      {error && (
        <span className="jb-sync-error" role="alert">
          {t(`error.${error}`)}
        </span>
      )}
      {error && error !== 'unauthorized' && error !== 'invalid-map' && (
        <button type="button" onClick={() => connection.connect()}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
