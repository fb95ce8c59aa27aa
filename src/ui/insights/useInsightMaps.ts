/** The maps of the insights view, read from the map sources, and changes to them. */
import { useCallback, useEffect, useState } from 'react';
import type { MapDoc } from '../../doc';
import { listEachSource, type MapSource, type SourcedMap } from '../../storage';

export interface InsightMaps {
  readonly maps: readonly SourcedMap[] | null;
  readonly error: string | null;
  /** sources that could not be read (e.g. the team relay is away); the others still show */
  readonly failed: readonly string[];
  /** runs doc commands on one map of a source (one change) and shows the result */
  change(sourceId: string, mapId: string, edit: (doc: MapDoc) => void): Promise<void>;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function useInsightMaps(sources: readonly MapSource[]): InsightMaps {
  const [maps, setMaps] = useState<readonly SourcedMap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failed, setFailed] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    listEachSource(sources).then(
      ({ maps: list, failures }) => {
        if (!live) return;
        // every source failed: nothing to show but the reason
        if (failures.length === sources.length && failures.length > 0)
          setError(message(failures[0]!.error));
        else setMaps(list);
        setFailed(failures.map((f) => f.source));
      },
      (err: unknown) => {
        if (live) setError(message(err));
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
  return { maps, error, failed, change };
}
