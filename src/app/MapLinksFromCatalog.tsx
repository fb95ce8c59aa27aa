/**
 * Feeds the board's map links (subjourneys by phase, the parent map) from the
 * local catalog. The value keeps its identity while the links stay the same, so
 * the catalog row of this very map changing on every edit re-renders nothing.
 */
import { useMemo, type ReactNode } from 'react';
import type { Id } from '../model/types';
import { useCatalogEntries } from '../ui/home/useCatalog';
import { useSnapshot } from '../session/MapSession';
import { MapLinksProvider, type MapLink, type MapLinks } from '../session/mapLinks';
import { mapPath, navigate } from './router';
import { useSubjourneyCopies, type SubjourneyRow } from './useSubjourneyCopies';

export function MapLinksFromCatalog({ mapId, children }: { mapId: Id; children: ReactNode }) {
  const { entries } = useCatalogEntries({ whenIdle: true });
  const parentRef = useSnapshot((s) => s.meta.parent);
  // a string key: equal links, equal key, same value object below
  const key = useMemo(() => {
    const subjourneys: [Id, MapLink[]][] = [];
    const byPhase = new Map<Id, MapLink[]>();
    for (const e of entries) {
      if (e.trashed || e.kind !== 'map' || e.parentMapId !== mapId || !e.parentPhaseId) continue;
      const list = byPhase.get(e.parentPhaseId) ?? [];
      if (list.length === 0) subjourneys.push([e.parentPhaseId, list]);
      byPhase.set(e.parentPhaseId, list);
      list.push({ mapId: e.id, title: e.title });
    }
    for (const [, list] of subjourneys) list.sort((a, b) => a.title.localeCompare(b.title));
    const parentEntry = parentRef ? entries.find((e) => e.id === parentRef.mapId) : undefined;
    const parent = parentRef
      ? {
          mapId: parentRef.mapId,
          title: parentEntry && !parentEntry.trashed ? parentEntry.title : null,
          phaseName: parentEntry?.phases?.find((p) => p.id === parentRef.phaseId)?.name ?? null,
        }
      : null;
    return JSON.stringify({ subjourneys, parent });
  }, [entries, mapId, parentRef]);
  const rowsKey = useMemo(() => {
    const rows: SubjourneyRow[] = entries
      .filter((e) => !e.trashed && e.kind === 'map' && e.parentMapId === mapId)
      .map((e) => ({ mapId: e.id, title: e.title, updatedAt: e.updatedAt }));
    return JSON.stringify(rows);
  }, [entries, mapId]);
  const rows = useMemo(() => JSON.parse(rowsKey) as SubjourneyRow[], [rowsKey]);
  const copies = useSubjourneyCopies(mapId, rows);
  const value = useMemo<MapLinks>(() => {
    const { subjourneys, parent } = JSON.parse(key) as {
      subjourneys: [Id, MapLink[]][];
      parent: MapLinks['parent'];
    };
    return {
      subjourneys: new Map(subjourneys),
      parent,
      copies,
      open: (id) => navigate(mapPath(id)),
      // the same command as the home screen's "Create subjourney…", for a phase on the board;
      // loaded on use (it seeds a map from a file: the import code stays out of the first load)
      createSubjourney: async (phaseId) => {
        const { createSubjourney } = await import('../storage/localMaps');
        navigate(mapPath(await createSubjourney(mapId, phaseId)));
      },
    };
  }, [key, copies, mapId]);
  return <MapLinksProvider value={value}>{children}</MapLinksProvider>;
}
