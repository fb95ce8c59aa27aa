import { useEffect, useMemo, useRef, useState } from 'react';
import type { Vocabulary } from '../../model/insights';
import type { CardView, MapSnapshot } from '../../model/snapshot';
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
  const own = useOwnNames(cards, actions, lanes, mapTags);
  return useMemo(
    () => ({
      ownerTeams: merge(shared.ownerTeams, own.ownerTeams),
      channels: merge(shared.channels, own.channels),
      itSystems: merge(shared.itSystems, own.itSystems),
      tags: merge(shared.tags, own.tags),
    }),
    [own, shared],
  );
}

/** the workspace's order (most used first), then this map's names it does not know yet */
function merge(list: readonly string[], extra: ReadonlySet<string>): string[] {
  const known = new Set(list);
  return [...list, ...[...extra].filter((n) => !known.has(n)).sort((a, b) => a.localeCompare(b))];
}

interface OwnNames {
  readonly ownerTeams: ReadonlySet<string>;
  readonly channels: ReadonlySet<string>;
  readonly itSystems: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
}

/** A card's first line, read once per card object (snapshots keep unchanged cards identical). */
const firstLines = new WeakMap<CardView, string>();
function firstLine(card: CardView): string {
  let line = firstLines.get(card);
  if (line === undefined) firstLines.set(card, (line = card.text.split('\n')[0]?.trim() ?? ''));
  return line;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}

/**
 * This map's own names, as the SAME object while they stay the same: typing in a
 * card changes the snapshot's cards on every keystroke, and the pickers (their
 * sorted lists and datalists) then need no new render (bench peer-browser: the
 * whole computation ran in every keystroke of a 2,000-card map's open card).
 */
function useOwnNames(
  cards: ReadonlyMap<string, CardView>,
  actions: MapSnapshot['actions'],
  lanes: MapSnapshot['lanes'],
  mapTags: readonly string[] | undefined,
): OwnNames {
  const last = useRef<OwnNames | null>(null);
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
      if (card.tags) for (const tag of card.tags) own.tags.add(tag);
      if (itLanes.has(card.laneId)) {
        const name = firstLine(card);
        if (name) own.itSystems.add(name);
      }
    }
    for (const action of actions) if (action.ownerTeam) own.ownerTeams.add(action.ownerTeam);
    const prev = last.current;
    if (
      prev &&
      sameSet(prev.ownerTeams, own.ownerTeams) &&
      sameSet(prev.channels, own.channels) &&
      sameSet(prev.itSystems, own.itSystems) &&
      sameSet(prev.tags, own.tags)
    )
      return prev;
    return (last.current = own);
  }, [cards, actions, lanes, mapTags]);
}
