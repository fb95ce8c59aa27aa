/**
 * The board's map links (subjourneys by phase, the parent map) from the local
 * catalog, reported to MapLinksFromCatalog.tsx, which loads this module on its own
 * (issue 18: the catalog code is not in the first load). The value keeps its identity
 * while the links stay the same, so the catalog row of this very map changing on
 * every edit re-renders nothing.
 */
import { useEffect, useMemo } from 'react';
import type { Id } from '../model/types';
import { useCatalogEntries } from '../ui/home/useCatalog';
import { useSnapshot } from '../session/MapSession';
import type { MapLink, MapLinks } from '../session/mapLinks';
import { createSubjourneyHere } from './MapLinksFromCatalog';
import { mapPath, navigate } from './router';
import { useSubjourneyCopies, type SubjourneyRow } from './useSubjourneyCopies';

export function CatalogMapLinks({
  mapId,
  onValue,
}: {
  mapId: Id;
  onValue: (links: MapLinks) => void;
}) {
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
      createSubjourney: (phaseId) => createSubjourneyHere(mapId, phaseId),
    };
  }, [key, copies, mapId]);
  useEffect(() => onValue(value), [onValue, value]);
  return null;
}
