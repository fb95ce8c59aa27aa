/**
 * The catalog rows for React: loads them, re-loads on every catalog change (also
 * from other tabs), and — on the home screen — first repairs the catalog against
 * the stored documents (rows missing for a document, rows without one).
 */
import { useEffect, useMemo, useState } from 'react';
import { catalog, reconcileCatalog, type CatalogEntry } from '../../storage';

export interface CatalogView {
  readonly entries: readonly CatalogEntry[];
  readonly loading: boolean;
  readonly error: Error | null;
  /** true when rows were recreated from the documents on this load */
  readonly rebuilt: boolean;
}

const EMPTY: readonly CatalogEntry[] = [];

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export function useCatalogEntries(
  options: { reconcile?: boolean; whenIdle?: boolean } = {},
): CatalogView {
  const reconcile = options.reconcile ?? false;
  // rows only a secondary part needs (the board's map links): read in idle time, so
  // the catalog's code and database stay out of the board's first paint (issue 18)
  const whenIdle = options.whenIdle ?? false;
  const [view, setView] = useState<CatalogView>({
    entries: EMPTY,
    loading: true,
    error: null,
    rebuilt: false,
  });

  useEffect(() => {
    let alive = true;
    const show = (entries: readonly CatalogEntry[], rebuilt = false) => {
      if (alive)
        setView((v) => ({ entries, loading: false, error: null, rebuilt: v.rebuilt || rebuilt }));
    };
    const fail = (error: unknown) => {
      if (alive) setView((v) => ({ ...v, loading: false, error: asError(error) }));
    };
    const load = () => catalog.list().then((entries) => show(entries), fail);
    let unsubscribe = () => {};
    const start = () => {
      if (!alive) return;
      unsubscribe = catalog.subscribe(() => void load());
      void begin();
    };
    const begin = async () => {
      if (!reconcile) return load();
      try {
        const repair = await reconcileCatalog();
        show(repair.entries, repair.added.length > 0);
      } catch (error) {
        // a failed repair must not hide the rows there are
        console.warn('catalog repair failed', error);
        await load();
      }
    };
    let idle: number | null = null;
    if (whenIdle && typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(start, { timeout: 2_000 });
    else start();
    return () => {
      alive = false;
      if (idle !== null) cancelIdleCallback(idle);
      unsubscribe();
    };
  }, [reconcile, whenIdle]);
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
