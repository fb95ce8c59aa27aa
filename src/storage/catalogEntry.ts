/** Derives a catalog row from a map (format v1), and searches/sorts rows. Pure. */
import type { MapMeta, MapSnapshot } from '../model/snapshot';
import type { JourneyMap } from '../model/types';
import type { CatalogEntry, DerivedEntry } from './catalogStore';

/** The catalog fields of `map`; `updatedAt` may be overridden by the caller (last observed change). */
export function entryFromMap(map: JourneyMap, updatedAt?: string): DerivedEntry {
  return summarise(
    map,
    map.phases,
    map.cards.map((c) => c.text),
    updatedAt,
  );
}

/**
 * The same row straight from a snapshot (an open map's, on every tracked change):
 * no format-v1 map built, no cards sorted or copied — only the live cards' texts
 * read. Card texts may come in another order than `entryFromMap`'s; the row says the same.
 */
export function entryFromSnapshot(snapshot: MapSnapshot): DerivedEntry {
  const livePhases = new Set(snapshot.phases.map((p) => p.id));
  const liveLanes = new Set(snapshot.lanes.map((l) => l.id));
  const texts: string[] = [];
  for (const card of snapshot.cards.values()) {
    if (livePhases.has(card.phaseId) && liveLanes.has(card.laneId)) texts.push(card.text);
  }
  return summarise(snapshot.meta, snapshot.phases, texts);
}

function summarise(
  map: MapMeta,
  phases: readonly { readonly id: string; readonly name: string }[],
  cardTexts: readonly string[],
  updatedAt?: string,
): DerivedEntry {
  const searchText = [map.title, ...(map.tags ?? []), map.persona?.name ?? '', ...cardTexts]
    .join('\n')
    .toLowerCase();
  return {
    id: map.id,
    kind: map.kind,
    title: map.title,
    ...(map.persona ? { personaName: map.persona.name } : {}),
    tags: [...(map.tags ?? [])],
    ...(map.state ? { state: map.state } : {}),
    ...(map.language ? { language: map.language } : {}),
    ...(map.owner ? { owner: map.owner } : {}),
    cardCount: cardTexts.length,
    createdAt: map.createdAt,
    updatedAt: updatedAt && updatedAt > map.updatedAt ? updatedAt : map.updatedAt,
    ...(map.variant ? { variantOf: map.variant.of, variantLabel: map.variant.label } : {}),
    ...(map.parent ? { parentMapId: map.parent.mapId, parentPhaseId: map.parent.phaseId } : {}),
    phases: phases.map((p) => ({ id: p.id, name: p.name })),
    searchText,
  };
}

export interface CatalogQuery {
  /** words that must all occur in title, tags, persona or card text */
  readonly text?: string;
  readonly state?: 'current' | 'future';
  readonly language?: string;
  readonly tag?: string;
  /** show the trash instead of live maps */
  readonly trashed?: boolean;
  /** which rows; default `map` */
  readonly kind?: 'map' | 'template' | 'any';
}

export type CatalogSort = 'title' | 'updated' | 'cards';

/** The rows matching `query`, sorted (title A–Z, newest change first, most cards first). */
export function queryCatalog(
  entries: readonly CatalogEntry[],
  query: CatalogQuery,
  sort: CatalogSort = 'updated',
  locale?: string,
): CatalogEntry[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const kind = query.kind ?? 'map';
  const trashed = query.trashed ?? false;
  const result = entries.filter(
    (e) =>
      (kind === 'any' || e.kind === kind) &&
      e.trashed === trashed &&
      (!query.state || e.state === query.state) &&
      (!query.language ||
        (e.language ?? '').toLowerCase().split('-')[0] === query.language.toLowerCase()) &&
      (!query.tag || e.tags.includes(query.tag)) &&
      words.every((w) => e.searchText.includes(w)),
  );
  const byTitle = (a: CatalogEntry, b: CatalogEntry) =>
    a.title.localeCompare(b.title, locale, { sensitivity: 'base' });
  const compare: Record<CatalogSort, (a: CatalogEntry, b: CatalogEntry) => number> = {
    title: (a, b) => byTitle(a, b) || a.id.localeCompare(b.id),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b),
    cards: (a, b) => b.cardCount - a.cardCount || byTitle(a, b),
  };
  return result.sort(compare[sort]);
}

/** Every tag used by live maps, sorted, for the tag filter. */
export function catalogTags(entries: readonly CatalogEntry[]): string[] {
  return [...new Set(entries.filter((e) => !e.trashed).flatMap((e) => e.tags))].sort();
}
