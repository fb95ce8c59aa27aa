/**
 * App-level controls in the board's toolbar: save state, sync state, sharing
 * (for the relay's admin and facilitator links), export and settings. Composed here
 * because they come from several areas (files, sync, export, settings) the board
 * does not know.
 */
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { snapshotToMap } from '../doc';
import { ConflictsButton } from '../ui/conflicts/ConflictsButton';
import { ExportMenu } from '../ui/export/ExportMenu';
import { StorageStatus } from '../ui/files/StorageStatus';
import { useT } from '../i18n';
import { SyncStatus } from '../ui/sync/SyncStatus';

// dialogs load when first opened: a first visit to a map does not wait for them
const SettingsDialog = lazy(() =>
  import('../ui/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
const ShareDialog = lazy(() =>
  import('../ui/sync/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
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
  // once opened, the settings dialog stays mounted (it returns the focus when it closes)
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const { sync, connection } = map;
  const sharer = useSyncExternalStore(sync ? sync.status.subscribe : noSubscribe, () =>
    sync ? sharerOf(sync.status.getState()) : null,
  );
  return (
    <>
      <StorageStatus storage={map.storage} />
      <SyncStatus connection={sync} />
      <ConflictsButton />
      {sharer && connection?.token && (
        <button type="button" className="jb-btn" onClick={() => setSharing(true)}>
          {t('share')}
        </button>
      )}
      <ExportMenu getMap={() => snapshotToMap(map.store.getSnapshot())} />
      <button
        type="button"
        className="jb-btn"
        onClick={() => {
          setSettingsLoaded(true);
          setSettings(true);
        }}
        aria-label={t('settings')}
        title={t('settings')}
      >
        ⚙
      </button>
      <Suspense fallback={null}>
        {sharing && sharer && connection?.token && (
          <ShareDialog
            relayUrl={connection.relayUrl}
            mapId={mapId}
            token={connection.token}
            by={sharer}
            onClose={() => setSharing(false)}
          />
        )}
        {settingsLoaded && <SettingsDialog open={settings} onClose={() => setSettings(false)} />}
      </Suspense>
    </>
  );
}
