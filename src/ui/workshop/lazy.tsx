/**
 * The board's workshop parts, loaded after the map's first paint: the strip (who's
 * here, timer, vote, locks), the presence layer (cursors, follow, present) and the
 * card overlay (remote outlines, lock marks, vote dots). While the strip loads, its
 * place is kept and marked busy; the layer and overlays show nothing until then
 * (as they do outside a workshop provider: a board without one shows no workshop).
 */
import { lazy, Suspense } from 'react';
import { useWorkshopOptional } from './workshopShell';

const WorkshopBar = lazy(() => import('./WorkshopBar').then((m) => ({ default: m.WorkshopBar })));
const PresenceLayer = lazy(() =>
  import('./PresenceLayer').then((m) => ({ default: m.PresenceLayer })),
);
const CardWorkshopOverlay = lazy(() =>
  import('./CardWorkshopOverlay').then((m) => ({ default: m.CardWorkshopOverlay })),
);

// each waits for the workshop itself too (LazyWorkshopProvider loads it after the first frame)

export function LazyWorkshopBar() {
  if (!useWorkshopOptional()) return <div className="jb-ws-bar" aria-busy="true" />;
  return (
    <Suspense fallback={<div className="jb-ws-bar" aria-busy="true" />}>
      <WorkshopBar />
    </Suspense>
  );
}

export function LazyPresenceLayer() {
  if (!useWorkshopOptional()) return null;
  return (
    <Suspense fallback={null}>
      <PresenceLayer />
    </Suspense>
  );
}

export function LazyCardWorkshopOverlay({ cardId }: { cardId: string }) {
  if (!useWorkshopOptional()) return null;
  return (
    <Suspense fallback={null}>
      <CardWorkshopOverlay cardId={cardId} />
    </Suspense>
  );
}
