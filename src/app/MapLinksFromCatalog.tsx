/**
 * Feeds the board's map links (subjourneys by phase, the parent map) from the local
 * catalog. The catalog part (CatalogMapLinks.tsx) is its own chunk (issue 18), loaded
 * once the page is idle after the board's first paint; the catalog is read in idle time anyway. Until it reports,
 * the board knows its parent from the map itself (its title and phase unknown, as for
 * a parent not on this device) and can already create subjourneys.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import type { Id } from '../model/types';
import { useSnapshot } from '../session/MapSession';
import { MapLinksProvider, type MapLinks } from '../session/mapLinks';
import { useWhenIdle } from '../ui/workshop/LazyWorkshopProvider';
import { mapPath, navigate } from './router';
import { OptionalPart } from '../ui/OptionalPart';

const CatalogMapLinks = lazy(() =>
  import('./CatalogMapLinks').then((m) => ({ default: m.CatalogMapLinks })),
);

/**
 * The same command as the home screen's "Create subjourney…", for a phase on the board;
 * loaded on use (it seeds a map from a file: the import code stays out of the first load).
 */
export async function createSubjourneyHere(mapId: Id, phaseId: Id): Promise<void> {
  const { createSubjourney } = await import('../storage/localMaps');
  navigate(mapPath(await createSubjourney(mapId, phaseId)));
}

export function MapLinksFromCatalog({ mapId, children }: { mapId: Id; children: ReactNode }) {
  const [fromCatalog, setFromCatalog] = useState<MapLinks | null>(null);
  // requested once the board has painted (the catalog is read in idle time anyway)
  const idle = useWhenIdle();
  const parentRef = useSnapshot((s) => s.meta.parent);
  const parentMapId = parentRef?.mapId ?? null;
  const early = useMemo<MapLinks>(
    () => ({
      subjourneys: new Map(),
      parent: parentMapId ? { mapId: parentMapId, title: null, phaseName: null } : null,
      open: (id) => navigate(mapPath(id)),
      createSubjourney: (phaseId) => createSubjourneyHere(mapId, phaseId),
    }),
    [mapId, parentMapId],
  );
  return (
    <>
      <OptionalPart>
        <Suspense fallback={null}>
          {idle && <CatalogMapLinks mapId={mapId} onValue={setFromCatalog} />}
        </Suspense>
      </OptionalPart>
      <MapLinksProvider value={fromCatalog ?? early}>{children}</MapLinksProvider>
    </>
  );
}
