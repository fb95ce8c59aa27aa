/**
 * The open map's offline conflicts (card fields changed by people who had not seen
 * each other's change), live: for the card badge, the inspector and the map-level list.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { conflictStore, type FieldConflict } from '../doc';
import type { Id } from '../model/types';
import { useMapSession } from './MapSession';

/** Every open conflict of the map (also those of deleted cards), sorted by card and field. */
export function useConflicts(): readonly FieldConflict[] {
  const { doc } = useMapSession();
  const store = conflictStore(doc);
  return useSyncExternalStore(store.subscribe, store.getConflicts, store.getConflicts);
}

/** The open conflicts of one card. */
export function useCardConflicts(cardId: Id): readonly FieldConflict[] {
  const all = useConflicts();
  return useMemo(() => all.filter((c) => c.cardId === cardId), [all, cardId]);
}

/** The distinct names of everyone on a side of these conflicts, in order (empty names dropped). */
export function conflictNames(conflicts: readonly FieldConflict[]): string[] {
  const names = new Set<string>();
  for (const c of conflicts) for (const side of c.sides) if (side.name) names.add(side.name);
  return [...names];
}
