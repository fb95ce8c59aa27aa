/**
 * The map screen: toolbar on top, the board, and the open side panel. Expects a
 * MapSessionProvider above it (the map route provides one).
 */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Board } from '../../canvas/Board';
import { Notices } from '../../canvas/Notices';
import { noticeError } from '../../session/notices';
import { CanvasSlotsProvider, type CanvasSlots } from '../../canvas/slots';
import { useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { useMapLinks } from '../../session/mapLinks';
import { useUiStore, useUiStoreApi, type OpenPanel } from '../../session/uiStore';
import { LazyCardWorkshopOverlay, LazyPresenceLayer, LazyWorkshopBar } from '../workshop/lazy';
import { boardMessages, type BoardMessage } from './messages';
import { PersonaBand } from './PersonaBand';
import './personaBand.css';
import { Toolbar } from './Toolbar';
import { useDetailsFocus } from './useDetailsFocus';
import { useShortcuts } from './useShortcuts';
import { FIT_VIEW_ANIMATED } from '../../canvas/overlayBounds';
import { useBoardPainted } from '../../canvas/afterPaint';
import { OptionalPart } from '../OptionalPart';

// Opened on demand, so not part of the JavaScript a first visit to a map waits for
// (bench/bundle.ts); each loads the first time it is shown.
const MapPanel = lazy(() => import('../panels').then((m) => ({ default: m.MapPanel })));
const CardInspector = lazy(() => import('../panels').then((m) => ({ default: m.CardInspector })));
const ActionsPanel = lazy(() => import('../panels').then((m) => ({ default: m.ActionsPanel })));
const VersionsPanel = lazy(() =>
  import('../versions/VersionsPanel').then((m) => ({ default: m.VersionsPanel })),
);
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The live workshop's layer and card overlay, plugged into the canvas. */
const WORKSHOP_SLOTS: CanvasSlots = {
  layer: <LazyPresenceLayer />,
  CardOverlay: LazyCardWorkshopOverlay,
};
const NO_SLOTS: CanvasSlots = {};

const PANEL_LABELS = {
  map: 'mapDetails',
  card: 'cardDetails',
  actions: 'actions',
  versions: 'versions',
} as const satisfies Record<Exclude<OpenPanel, null>, BoardMessage>;

export interface BoardScreenProps {
  readonly onHome: () => void;
  /** app-level controls for the toolbar (sync status, share, export) */
  readonly toolbarExtras?: ReactNode;
}

export function BoardScreen(props: BoardScreenProps) {
  return (
    <ReactFlowProvider>
      <BoardScreenInner {...props} />
    </ReactFlowProvider>
  );
}

function BoardScreenInner({ onHome, toolbarExtras }: BoardScreenProps) {
  const t = useT(boardMessages);
  const session = useMapSession();
  const rf = useReactFlow();
  const [help, setHelp] = useState(false);
  // the workshop parts load after the board's first paint (canvas/afterPaint.ts)
  const painted = useBoardPainted();
  // the inspector and panels load right after the first paint, not on the first click: a
  // map opened moments before the network drops still opens them (a first visit's service
  // worker may not have cached them yet)
  useEffect(() => {
    if (painted) void import('../panels').catch(() => undefined);
  }, [painted]);
  const openPanel = useUiStore((s) => s.openPanel);
  const uiStore = useUiStoreApi();
  const { openDetails, onPanelKeyDown } = useDetailsFocus();
  const { createSubjourney } = useMapLinks();
  const handlers = useMemo(
    () => ({
      fitView: () => void rf.fitView(FIT_VIEW_ANIMATED),
      openHelp: () => setHelp(true),
      openDetails,
      ...(createSubjourney && {
        createSubjourney: (phaseId: string) =>
          void createSubjourney(phaseId).catch((error: unknown) =>
            noticeError(uiStore.getState().notices, error),
          ),
      }),
    }),
    [rf, openDetails, createSubjourney, uiStore],
  );
  useShortcuts(session, handlers);

  // the card inspector opens by itself when cards get selected while no panel is open
  useEffect(
    () =>
      uiStore.subscribe((state, prev) => {
        if (
          state.selectedCardIds.length > 0 &&
          prev.selectedCardIds.length === 0 &&
          state.openPanel === null
        ) {
          state.setOpenPanel('card');
        }
      }),
    [uiStore],
  );

  return (
    <div className="jb-screen">
      <Toolbar onHome={onHome} onHelp={() => setHelp(true)} extras={toolbarExtras} />
      {painted ? <LazyWorkshopBar /> : <div className="jb-ws-bar" aria-busy="true" />}
      <PersonaBand />
      <div className="jb-screen__body">
        <main className="jb-screen__board" aria-label={t('board')}>
          <CanvasSlotsProvider value={painted ? WORKSHOP_SLOTS : NO_SLOTS}>
            <Board />
          </CanvasSlotsProvider>
        </main>
        {openPanel && (
          <aside
            className="jb-side"
            aria-label={t(PANEL_LABELS[openPanel])}
            onKeyDown={onPanelKeyDown}
          >
            <button
              type="button"
              className="jb-btn jb-side__close"
              aria-label={t('close')}
              onClick={() => uiStore.getState().setOpenPanel(null)}
            >
              ✕
            </button>
            {/* a panel whose chunk cannot be fetched (offline before it arrived) says so
                instead of taking the whole page down */}
            <OptionalPart fallback={<p role="alert">{t('panelUnavailable')}</p>}>
              <Suspense fallback={<p role="status">{t('loadingPanel')}</p>}>
                {openPanel === 'map' && <MapPanel />}
                {openPanel === 'card' && <CardInspector />}
                {openPanel === 'actions' && <ActionsPanel />}
                {openPanel === 'versions' && <VersionsPanel mapId={session.mapId} />}
              </Suspense>
            </OptionalPart>
          </aside>
        )}
      </div>
      <Notices />
      {help && (
        <Suspense fallback={null}>
          <ShortcutsDialog readOnly={session.readOnly} onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </div>
  );
}
