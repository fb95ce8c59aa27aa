import { useMemo } from 'react';
import { useSnapshot } from '../../session/MapSession';

/**
 * Owner teams already used in the map (touchpoints and actions), sorted, for
 * suggestions: typing "Growth" twice the same way keeps filters and reports tidy.
 */
export function useTeams(): readonly string[] {
  const cards = useSnapshot((s) => s.cards);
  const actions = useSnapshot((s) => s.actions);
  return useMemo(() => {
    const teams = new Set<string>();
    for (const card of cards.values()) if (card.ownerTeam) teams.add(card.ownerTeam);
    for (const action of actions) if (action.ownerTeam) teams.add(action.ownerTeam);
    return [...teams].sort((a, b) => a.localeCompare(b));
  }, [cards, actions]);
}
