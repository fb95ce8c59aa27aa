/**
 * The board's workshop parts, loaded after the map's first paint: the strip (who's
 * here, timer, vote, locks), the presence layer (cursors, follow, present) and the
 * card overlay (remote outlines, lock marks, vote dots). While the strip loads, its
 * place is kept and marked busy; the layer and overlays show nothing until then.
 */
import { lazy, Suspense } from 'react';

const WorkshopBar = lazy(() => import('./WorkshopBar').then((m) => ({ default: m.WorkshopBar })));
const PresenceLayer = lazy(() =>
  import('./PresenceLayer').then((m) => ({ default: m.PresenceLayer })),
);
const CardWorkshopOverlay = lazy(() =>
  import('./CardWorkshopOverlay').then((m) => ({ default: m.CardWorkshopOverlay })),
);

export function LazyWorkshopBar() {
  return (
    <Suspense fallback={<div className="jb-ws-bar" aria-busy="true" />}>
      <WorkshopBar />
    </Suspense>
  );
}

export function LazyPresenceLayer() {
  return (
    <Suspense fallback={null}>
      <PresenceLayer />
    </Suspense>
  );
}

export function LazyCardWorkshopOverlay({ cardId }: { cardId: string }) {
  return (
    <Suspense fallback={null}>
      <CardWorkshopOverlay cardId={cardId} />
    </Suspense>
  );
}
