/**
 * `/map/<mapId>`: opens the map (storage → relay → snapshot store → undo), then
 * shows the board inside a MapSessionProvider. Closing the route closes the map.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { setDocAuthor } from '../doc';
import { useT } from '../i18n';
import { BoardScreen } from '../ui/board/BoardScreen';
import { MapSessionProvider, type MapSession } from '../session/MapSession';
import { createUiStore, type UiStore } from '../session/uiStore';
import { appMessages } from './messages';
import { HomeLink } from './HomeLink';
import { openMap, type OpenedMap } from './openMap';
import { takeEarlyOpen } from './earlyOpen';
import { useSettings } from '../ui/settings/useSettings';
import { navigate } from './router';
import { setTestSession } from './testHook';
import { ToolbarExtras } from './ToolbarExtras';
import { MapLinksFromCatalog } from './MapLinksFromCatalog';
import { RevealCard } from './RevealCard';
import { isReadOnlyState, type SyncConnection, type SyncState } from '../sync';
import { LazyWorkshopProvider } from '../ui/workshop/LazyWorkshopProvider';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; map: OpenedMap }
  | { kind: 'not-found' }
  | { kind: 'error'; message: string };

export function MapRoute({ mapId, token }: { mapId: string; token: string | null }) {
  const t = useT(appMessages);
  const [state, setState] = useState<State>({ kind: 'loading' });
  // this map's view state (selection, editing, open panel): one per route, never shared
  const [ui] = useState(createUiStore);

  useEffect(() => {
    // main.tsx may have started this open before React mounted
    const early = takeEarlyOpen(mapId, token);
    const abort = early?.abort ?? new AbortController();
    let opened: OpenedMap | null = null;
    setState({ kind: 'loading' });
    ui.getState().reset();
    void (early?.result ?? openMap(mapId, token, abort.signal)).then((result) => {
      if (result.kind === 'ready') {
        if (abort.signal.aborted) {
          result.map.close();
          return;
        }
        opened = result.map;
        setState({ kind: 'ready', map: result.map });
      } else if (!abort.signal.aborted) {
        setState(result);
      }
    });
    return () => {
      abort.abort();
      opened?.close();
      setTestSession(null);
      ui.getState().reset();
    };
  }, [mapId, token, ui]);

  if (state.kind === 'loading') {
    return (
      <p className="jb-center" role="status">
        {t('loading')}
      </p>
    );
  }
  if (state.kind !== 'ready') {
    return (
      <div className="jb-center" role="alert">
        <h1>{state.kind === 'not-found' ? t('notFound') : t('openFailed')}</h1>
        {state.kind === 'error' && <p>{state.message}</p>}
        <p>{t('notFoundHint')}</p>
        <HomeLink />
      </div>
    );
  }
  return <OpenMapView mapId={mapId} map={state.map} ui={ui} />;
}

const NO_SYNC_STATE = () => null;
const noSubscribe = () => () => {};

function useSyncState(sync: SyncConnection | null): SyncState | null {
  return useSyncExternalStore(
    sync ? sync.status.subscribe : noSubscribe,
    sync ? sync.status.getState : NO_SYNC_STATE,
  );
}

function OpenMapView({ mapId, map, ui }: { mapId: string; map: OpenedMap; ui: UiStore }) {
  const t = useT(appMessages);
  const syncState = useSyncState(map.sync);
  const role = syncState?.role ?? null;
  // known before connecting (the token says it), so an offline viewer gets no editing either
  const readOnly = syncState ? isReadOnlyState(syncState) : false;
  const userId = useSettings((s) => s.userId);
  const displayName = useSettings((s) => s.displayName);
  const color = useSettings((s) => s.color);
  const name = displayName || t('guest');
  // edit records name their writer (offline-conflict detection); idempotent, before any command
  setDocAuthor(map.doc, { id: userId, name });
  const session = useMemo<MapSession>(
    () => ({
      mapId,
      doc: map.doc,
      store: map.store,
      undo: map.undo,
      readOnly,
      ...(readOnly
        ? { readOnlyReason: role === 'comment' ? ('comment' as const) : ('view' as const) }
        : {}),
      user: { id: userId, name, color },
    }),
    [mapId, map, readOnly, role, userId, name, color],
  );
  useEffect(() => {
    setTestSession(session, ui);
  }, [session, ui]);
  return (
    <MapSessionProvider session={session} ui={ui}>
      <RevealCard mapId={mapId} />
      <LazyWorkshopProvider
        connection={{
          awareness: map.sync?.awareness ?? null,
          role,
          ...(map.connection ? { relayUrl: map.connection.relayUrl } : {}),
        }}
      >
        <MapLinksFromCatalog mapId={mapId}>
          <BoardScreen
            onHome={() => navigate('/')}
            toolbarExtras={<ToolbarExtras mapId={mapId} map={map} />}
          />
        </MapLinksFromCatalog>
      </LazyWorkshopProvider>
    </MapSessionProvider>
  );
}
