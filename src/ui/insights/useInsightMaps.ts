/** The maps of the insights view, read from the map sources, and changes to them. */
import { useCallback, useEffect, useState } from 'react';
import type { MapDoc } from '../../doc';
import { listSourcedMaps, type MapSource, type SourcedMap } from '../../storage';

export interface InsightMaps {
  readonly maps: readonly SourcedMap[] | null;
  readonly error: string | null;
  /** runs doc commands on one map of a source (one change) and shows the result */
  change(sourceId: string, mapId: string, edit: (doc: MapDoc) => void): Promise<void>;
}

export function useInsightMaps(sources: readonly MapSource[]): InsightMaps {
  const [maps, setMaps] = useState<readonly SourcedMap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    listSourcedMaps(sources).then(
      (list) => {
        if (live) setMaps(list);
      },
      (err: unknown) => {
        if (live) setError(err instanceof Error ? err.message : String(err));
      },
    );
    return () => {
      live = false;
    };
  }, [sources]);
  const change = useCallback(
    async (sourceId: string, mapId: string, edit: (doc: MapDoc) => void) => {
      const source = sources.find((s) => s.id === sourceId);
      if (!source) throw new Error(`no map source ${sourceId}`);
      const after = await source.change(mapId, edit);
      setMaps((list) => list?.map((m) => (m.map.id === mapId ? { ...m, map: after } : m)) ?? null);
    },
    [sources],
  );
  return { maps, error, change };
}
