/**
 * The shared vocabulary: names as written (owner teams, channels, IT systems,
 * tags) and the rule that groups names that differ only by case, spaces,
 * hyphens or word order ("Kunden-Service" ~ "kundenservice",
 * "Vertrieb Privatkunden" ~ "Privatkunden Vertrieb").
 */
import type { Id, JourneyMap } from '../types';
import { indexMap } from './mapIndex';
import type { OwnerRow } from './types';

/** The key under which similar names meet. */
export function vocabularyKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('de')
    .split(/[\s\-‐‑–—_/]+/u)
    .filter((w) => w !== '')
    .sort()
    .join('');
}

/** Owner-team names as written: on touchpoint cards and on actions. */
function* ownerUses(map: JourneyMap): Generator<string> {
  const ix = indexMap(map);
  for (const c of ix.card.values()) {
    if (ix.laneType.get(c.laneId) === 'touchpoints' && c.ownerTeam?.trim()) yield c.ownerTeam;
  }
  for (const a of map.actions ?? []) if (a.ownerTeam?.trim()) yield a.ownerTeam;
}

/** One row per owner-team name as written; count descending, then name. */
export function ownerRows(maps: readonly JourneyMap[]): OwnerRow[] {
  const byName = new Map<string, { count: number; mapIds: Set<Id> }>();
  for (const map of maps) {
    for (const name of ownerUses(map)) {
      let entry = byName.get(name);
      if (!entry) byName.set(name, (entry = { count: 0, mapIds: new Set() }));
      entry.count++;
      entry.mapIds.add(map.id);
    }
  }
  const byKey = new Map<string, string[]>();
  for (const name of byName.keys()) {
    const key = vocabularyKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  return [...byName]
    .map(([name, e]) => ({
      name,
      count: e.count,
      mapIds: [...e.mapIds],
      similar: (byKey.get(vocabularyKey(name)) ?? []).filter((n) => n !== name),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Groups of owner names that are the same but for case, spaces, hyphens or word order. */
export function similarOwnerGroups(rows: readonly OwnerRow[]): OwnerRow[][] {
  const groups = new Map<string, OwnerRow[]>();
  for (const row of rows) {
    const key = vocabularyKey(row.name);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export interface Vocabulary {
  readonly ownerTeams: readonly string[];
  readonly channels: readonly string[];
  readonly itSystems: readonly string[];
  readonly tags: readonly string[];
}

/** Every name used across `maps`, most used first (what card pickers suggest). */
export function gatherVocabulary(maps: readonly JourneyMap[]): Vocabulary {
  const counts = {
    ownerTeams: new Map<string, number>(),
    channels: new Map<string, number>(),
    itSystems: new Map<string, number>(),
    tags: new Map<string, number>(),
  };
  const add = (m: Map<string, number>, v: string | undefined) => {
    const name = v?.trim();
    if (name) m.set(name, (m.get(name) ?? 0) + 1);
  };
  for (const map of maps) {
    for (const name of ownerUses(map)) add(counts.ownerTeams, name);
    const ix = indexMap(map);
    for (const t of map.tags ?? []) add(counts.tags, t);
    for (const c of ix.card.values()) {
      const type = ix.laneType.get(c.laneId);
      if (type === 'touchpoints') add(counts.channels, c.channel);
      if (type === 'itSystems') add(counts.itSystems, c.text.split('\n')[0]);
      for (const t of c.tags ?? []) add(counts.tags, t);
    }
  }
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  return {
    ownerTeams: ranked(counts.ownerTeams),
    channels: ranked(counts.channels),
    itSystems: ranked(counts.itSystems),
    tags: ranked(counts.tags),
  };
}
