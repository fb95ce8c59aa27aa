/**
 * App-level controls in the board's toolbar: save state, sync state, sharing
 * (for the relay's admin and facilitator links), export and settings. Composed here
 * because they come from several areas (files, sync, export, settings) the board
 * does not know.
 */
import { useState, useSyncExternalStore } from 'react';
import { snapshotToMap } from '../doc';
import { ExportMenu } from '../ui/export/ExportMenu';
import { StorageStatus } from '../ui/files/StorageStatus';
import { useT } from '../ui/i18n';
import { SettingsDialog } from '../ui/settings/SettingsDialog';
import { ShareDialog } from '../ui/sync/ShareDialog';
import { SyncStatus } from '../ui/sync/SyncStatus';
import type { SyncState } from '../sync';
import { appMessages } from './messages';
import type { OpenedMap } from './openMap';

const noSubscribe = () => () => {};

/** Who may make links here: the relay's admin, or a facilitator link (edit and view links). */
function sharerOf(state: SyncState): 'admin' | 'facilitator' | null {
  if (state.error) return null;
  return state.role === 'admin' || state.role === 'facilitator' ? state.role : null;
}

export function ToolbarExtras({ mapId, map }: { mapId: string; map: OpenedMap }) {
  const t = useT(appMessages);
  const [sharing, setSharing] = useState(false);
  const [settings, setSettings] = useState(false);
  const { sync, connection } = map;
  const sharer = useSyncExternalStore(sync ? sync.status.subscribe : noSubscribe, () =>
    sync ? sharerOf(sync.status.getState()) : null,
  );
  return (
    <>
      <StorageStatus storage={map.storage} />
      <SyncStatus connection={sync} />
      {sharer && connection?.token && (
        <button type="button" className="jb-btn" onClick={() => setSharing(true)}>
          {t('share')}
        </button>
      )}
      <ExportMenu getMap={() => snapshotToMap(map.store.getSnapshot())} />
      <button
        type="button"
        className="jb-btn"
        onClick={() => setSettings(true)}
        aria-label={t('settings')}
        title={t('settings')}
      >
        ⚙
      </button>
      {sharing && sharer && connection?.token && (
        <ShareDialog
          relayUrl={connection.relayUrl}
          mapId={mapId}
          token={connection.token}
          by={sharer}
          onClose={() => setSharing(false)}
        />
      )}
      <SettingsDialog open={settings} onClose={() => setSettings(false)} />
    </>
  );
}
