/**
 * The catalog rows for React: loads them, re-loads on every catalog change (also
 * from other tabs), and rebuilds a lost catalog from the stored documents once.
 */
import { useEffect, useMemo, useState } from 'react';
import { catalog, rebuildCatalog, storage, type CatalogEntry } from '../../storage';

export interface CatalogView {
  readonly entries: readonly CatalogEntry[];
  readonly loading: boolean;
  readonly error: Error | null;
  /** true when the rows were recreated from the documents on this load */
  readonly rebuilt: boolean;
}

const EMPTY: readonly CatalogEntry[] = [];

export function useCatalogEntries(): CatalogView {
  const [view, setView] = useState<CatalogView>({
    entries: EMPTY,
    loading: true,
    error: null,
    rebuilt: false,
  });

  useEffect(() => {
    let alive = true;
    let rebuiltOnce = false;
    const load = async () => {
      try {
        let entries = await catalog.list();
        let rebuilt = false;
        if (entries.length === 0 && !rebuiltOnce) {
          rebuiltOnce = true;
          // an empty catalog next to stored documents means the catalog was lost
          if ((await storage().documents.list()).length > 0) {
            entries = await rebuildCatalog();
            rebuilt = entries.length > 0;
          }
        }
        if (alive)
          setView((v) => ({ entries, loading: false, error: null, rebuilt: v.rebuilt || rebuilt }));
      } catch (error) {
        if (alive)
          setView((v) => ({
            ...v,
            loading: false,
            error: error instanceof Error ? error : new Error(String(error)),
          }));
      }
    };
    void load();
    const unsubscribe = catalog.subscribe(() => void load());
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  return view;
}

/**
 * Subjourneys of `mapId` on this device, by the parent phase they detail — for the
 * board to show a link on a phase header. Trashed maps are left out.
 */
export function useSubjourneys(mapId: string): ReadonlyMap<string, readonly CatalogEntry[]> {
  const { entries } = useCatalogEntries();
  return useMemo(() => {
    const byPhase = new Map<string, CatalogEntry[]>();
    for (const e of entries) {
      if (e.trashed || e.parentMapId !== mapId || !e.parentPhaseId) continue;
      byPhase.set(e.parentPhaseId, [...(byPhase.get(e.parentPhaseId) ?? []), e]);
    }
    for (const list of byPhase.values()) list.sort((a, b) => a.title.localeCompare(b.title));
    return byPhase;
  }, [entries, mapId]);
}
