import { useEffect, useMemo, useState } from 'react';
import { useSnapshot } from '../../session/MapSession';
import { workspaceVocabulary } from '../../sync';

/**
 * Owner teams already used in the map (touchpoints and actions) and in every other
 * map on this device (the workspace vocabulary), sorted, for suggestions: typing
 * "Growth" twice the same way keeps filters and reports tidy.
 */
export function useTeams(): readonly string[] {
  const cards = useSnapshot((s) => s.cards);
  const actions = useSnapshot((s) => s.actions);
  const [shared, setShared] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    workspaceVocabulary().then(
      (v) => {
        if (live) setShared(v.ownerTeams);
      },
      () => undefined, // suggestions only: the map's own teams still show
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const teams = new Set<string>(shared);
    for (const card of cards.values()) if (card.ownerTeam) teams.add(card.ownerTeam);
    for (const action of actions) if (action.ownerTeam) teams.add(action.ownerTeam);
    return [...teams].sort((a, b) => a.localeCompare(b));
  }, [cards, actions, shared]);
}
