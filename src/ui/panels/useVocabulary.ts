import { useEffect, useMemo, useState } from 'react';
import type { Vocabulary } from '../../model/insights';
import { useSnapshot } from '../../session/MapSession';
import { workspaceVocabulary } from '../../sync';

const EMPTY: Vocabulary = { ownerTeams: [], channels: [], itSystems: [], tags: [] };

/**
 * The names card pickers suggest: the workspace vocabulary — owner teams, channels,
 * IT systems and tags used across every map the user can open (this device and the
 * team repository, sync/openableMaps.ts), most used first — plus this map's own
 * names, so one typed a minute ago is suggested too. People pick "Schadenservice"
 * instead of writing "Schaden-Service" next to it.
 */
export function useVocabulary(): Vocabulary {
  const cards = useSnapshot((s) => s.cards);
  const actions = useSnapshot((s) => s.actions);
  const lanes = useSnapshot((s) => s.lanes);
  const mapTags = useSnapshot((s) => s.meta.tags);
  const [shared, setShared] = useState<Vocabulary>(EMPTY);
  useEffect(() => {
    let live = true;
    workspaceVocabulary().then(
      (v) => {
        if (live) setShared(v);
      },
      () => undefined, // suggestions only: the map's own names still show
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    const own = {
      ownerTeams: new Set<string>(),
      channels: new Set<string>(),
      itSystems: new Set<string>(),
      tags: new Set<string>(mapTags ?? []),
    };
    const itLanes = new Set(lanes.filter((l) => l.type === 'itSystems').map((l) => l.id));
    for (const card of cards.values()) {
      if (card.ownerTeam) own.ownerTeams.add(card.ownerTeam);
      if (card.channel) own.channels.add(card.channel);
      for (const tag of card.tags ?? []) own.tags.add(tag);
      const name = card.text.split('\n')[0]?.trim();
      if (itLanes.has(card.laneId) && name) own.itSystems.add(name);
    }
    for (const action of actions) if (action.ownerTeam) own.ownerTeams.add(action.ownerTeam);
    // the workspace's order (most used first), then this map's names it does not know yet
    const merge = (list: readonly string[], extra: Set<string>) => [
      ...list,
      ...[...extra].filter((n) => !list.includes(n)).sort((a, b) => a.localeCompare(b)),
    ];
    return {
      ownerTeams: merge(shared.ownerTeams, own.ownerTeams),
      channels: merge(shared.channels, own.channels),
      itSystems: merge(shared.itSystems, own.itSystems),
      tags: merge(shared.tags, own.tags),
    };
  }, [cards, actions, lanes, mapTags, shared]);
}
