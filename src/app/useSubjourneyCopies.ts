/**
 * Which cards of the open map the subjourneys on this device copy: each subjourney
 * is read from storage and its cards' `x-source` collected (original card id → the
 * subjourneys holding a copy). Read again whenever a subjourney's catalog row
 * changes (title or last edit); derived, never stored.
 */
import { useEffect, useState } from 'react';
import { cardSource } from '../model/subjourney';
import type { Id } from '../model/types';
import type { MapLink } from '../session/mapLinks';

export interface SubjourneyRow extends MapLink {
  readonly updatedAt: string;
}

const NONE: ReadonlyMap<Id, readonly MapLink[]> = new Map();

/** `rows`: the open map's subjourneys (stable identity while they stay the same). */
export function useSubjourneyCopies(
  mapId: Id,
  rows: readonly SubjourneyRow[],
): ReadonlyMap<Id, readonly MapLink[]> {
  const [copies, setCopies] = useState(NONE);
  useEffect(() => {
    if (rows.length === 0) {
      setCopies(NONE);
      return;
    }
    let live = true;
    // the map reader (export code) loads only for a map that has subjourneys
    const read = import('../storage/localMaps').then(({ loadMap }) =>
      Promise.all(rows.map((r) => loadMap(r.mapId).catch(() => null))),
    );
    void read.then((maps) => {
      if (!live) return;
      const out = new Map<Id, MapLink[]>();
      maps.forEach((map, i) => {
        const link = { mapId: rows[i]!.mapId, title: rows[i]!.title };
        const seen = new Set<Id>();
        for (const card of map?.cards ?? []) {
          const source = cardSource(card);
          if (source?.mapId !== mapId || seen.has(source.cardId)) continue;
          seen.add(source.cardId);
          out.set(source.cardId, [...(out.get(source.cardId) ?? []), link]);
        }
      });
      setCopies(out.size > 0 ? out : NONE);
    });
    return () => {
      live = false;
    };
  }, [mapId, rows]);
  return copies;
}
