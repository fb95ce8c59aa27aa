/**
 * App-level controls in the board's toolbar: save state, sync state, sharing
 * (for the relay's admin and facilitator links), export and settings. Composed here
 * because they come from several areas (files, sync, export, settings) the board
 * does not know.
 */
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { snapshotToMap } from '../doc';
import { StorageStatus } from '../ui/files/StorageStatus';
import { useT } from '../i18n';
import { useBoardPainted } from '../canvas/afterPaint';
import { SyncStatus } from '../ui/sync/SyncStatus';

// dialogs load when first opened: a first visit to a map does not wait for them
// (bench/bundle.ts; src/app/bundle.test.ts checks they stay out of the first load)
const SettingsDialog = lazy(() =>
  import('../ui/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
const ShareDialog = lazy(() =>
  import('../ui/sync/ShareDialog').then((m) => ({ default: m.ShareDialog })),
);
// the export menu and the conflicts badge load right after the board's first paint
// (nothing to export or resolve before there is a board): they fetch while the user looks
const ExportMenu = lazy(() =>
  import('../ui/export/ExportMenu').then((m) => ({ default: m.ExportMenu })),
);
const ConflictsButton = lazy(() =>
  import('../ui/conflicts/ConflictsButton').then((m) => ({ default: m.ConflictsButton })),
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
  const painted = useBoardPainted();
  const sharer = useSyncExternalStore(sync ? sync.status.subscribe : noSubscribe, () =>
    sync ? sharerOf(sync.status.getState()) : null,
  );
  return (
    <>
      <StorageStatus storage={map.storage} />
      <SyncStatus connection={sync} />
      {painted && (
        <Suspense fallback={null}>
          <ConflictsButton />
        </Suspense>
      )}
      {sharer && connection?.token && (
        <button type="button" className="jb-btn" onClick={() => setSharing(true)}>
          {t('share')}
        </button>
      )}
      {painted ? (
        <Suspense fallback={<span className="jb-export" aria-busy="true" />}>
          <ExportMenu getMap={() => snapshotToMap(map.store.getSnapshot())} />
        </Suspense>
      ) : (
        <span className="jb-export" aria-busy="true" />
      )}
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
