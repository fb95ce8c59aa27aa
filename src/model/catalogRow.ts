/**
 * The team repository's row of a map: what the relay's catalog, `GET /api/maps`,
 * `journey list` and the home screen know about a map without opening it.
 * Derived from the map alone (pure), so the relay, the CLI and the browser agree.
 */
import type { JourneyMap, LaneType, MapKind, MapState } from './types';

/** What a catalog row stands for: a map, a template, or a maturity check (its own document). */
export type CatalogKind = MapKind | 'maturity';

export interface CatalogRow {
  readonly id: string;
  readonly kind: CatalogKind;
  readonly title: string;
  readonly state?: MapState;
  readonly language?: string;
  readonly owner?: string;
  readonly personaName?: string;
  readonly tags: readonly string[];
  readonly variantOf?: string;
  readonly variantLabel?: string;
  readonly parentMapId?: string;
  readonly parentPhaseId?: string;
  /** live phases (id and name), for subjourney pickers */
  readonly phases: readonly { readonly id: string; readonly name: string }[];
  readonly cardCount: number;
  /** cards per lane type (only types that have cards) */
  readonly cardsByLaneType: Readonly<Partial<Record<LaneType, number>>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The catalog row of `map`. */
export function catalogRowFromMap(map: JourneyMap): CatalogRow {
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const byType: Partial<Record<LaneType, number>> = {};
  for (const card of map.cards) {
    const type = laneType.get(card.laneId);
    if (type) byType[type] = (byType[type] ?? 0) + 1;
  }
  return {
    id: map.id,
    kind: map.kind,
    title: map.title,
    ...(map.state ? { state: map.state } : {}),
    ...(map.language ? { language: map.language } : {}),
    ...(map.owner ? { owner: map.owner } : {}),
    ...(map.persona ? { personaName: map.persona.name } : {}),
    tags: [...(map.tags ?? [])],
    ...(map.variant ? { variantOf: map.variant.of, variantLabel: map.variant.label } : {}),
    ...(map.parent ? { parentMapId: map.parent.mapId, parentPhaseId: map.parent.phaseId } : {}),
    phases: map.phases.map((p) => ({ id: p.id, name: p.name })),
    cardCount: map.cards.length,
    cardsByLaneType: byType,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
  };
}

/** True for the rows of maps and templates (the lists where only maps belong). */
export function isMapRow<R extends { readonly kind: string }>(
  row: R,
): row is R & { readonly kind: MapKind } {
  return row.kind === 'map' || row.kind === 'template';
}

/** The catalog row of a maturity check: its title and times; no map fields. */
export function catalogRowFromCheck(check: {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}): CatalogRow {
  return {
    id: check.id,
    kind: 'maturity',
    title: check.title,
    tags: [],
    phases: [],
    cardCount: 0,
    cardsByLaneType: {},
    createdAt: check.createdAt,
    updatedAt: check.updatedAt,
  };
}
