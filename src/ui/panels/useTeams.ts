import { useMemo } from 'react';
import { useVocabulary } from './useVocabulary';

/**
 * Owner teams already used in the map (touchpoints and actions) and in every other
 * map the user can open (the workspace vocabulary), sorted, for suggestions: typing
 * "Growth" twice the same way keeps filters and reports tidy.
 */
export function useTeams(): readonly string[] {
  const { ownerTeams } = useVocabulary();
  return useMemo(() => [...ownerTeams].sort((a, b) => a.localeCompare(b)), [ownerTeams]);
}
