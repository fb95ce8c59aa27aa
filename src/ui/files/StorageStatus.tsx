/**
 * "Saved on this device" / "Saving…" / "Could not save — retrying": the local
 * storage state of the open map, for the board's toolbar. A failure is announced
 * (role=alert) and stays visible until a retry succeeds.
 */
import { useSyncExternalStore } from 'react';
import type { MapStorage, StorageStatus as Status } from '../../storage';
import { useT } from '../../i18n';
import { storageStatusMessages } from './statusMessages';

export function useStorageStatus(storage: MapStorage): Status {
  return useSyncExternalStore(storage.subscribe, storage.getStatus, storage.getStatus);
}

export function StorageStatus({ storage }: { storage: MapStorage }) {
  const t = useT(storageStatusMessages);
  const status = useStorageStatus(storage);
  if (status.phase === 'error') {
    const quota = status.error?.code === 'quota';
    return (
      <span className="storage-status is-error" role="alert">
        {quota ? t('quota') : t('failed', { message: status.error?.message ?? '' })}
      </span>
    );
  }
  return (
    <span className="storage-status" role="status">
      {status.phase === 'loading'
        ? t('loading')
        : status.phase === 'saving'
          ? t('saving')
          : t('saved')}
    </span>
  );
}
