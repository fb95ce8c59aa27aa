/**
 * Reading one entity of the Y.Doc into its immutable view (src/model/snapshot.ts).
 * Lane-specific card fields are shown only when they fit the card's current lane
 * (a moved card keeps the others stored, hidden), and required ones get their
 * defaults, so every view, and every export, is valid whatever peers did.
 */
import type * as Y from 'yjs';
import type {
  ActionView,
  CardView,
  CommentView,
  LaneView,
  MapMeta,
  PhaseView,
} from '../model/snapshot';
import { LANE_FIELDS } from '../model/types';
import type { Channel, Id, Kpi, LaneType, MapKind, Measurement } from '../model/types';
import { CARD_KEYS, isCardDeleted, readPlace } from './cardlayout';
import { cardEntries, type CardEntries } from './cardEntries';
import { sortedComments } from './comments';
import { sortedMeasurements } from './kpi';
import {
  getEntity,
  keptEmpty,
  readExtensions,
  readJson,
  readNumber,
  readString,
  readText,
  type EntityMap,
  type Fields,
} from './roots';
import { linkTargets } from './links';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function put<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined,
): void {
  if (value !== undefined) (target as Mutable<T>)[key] = value;
}

const META_STRINGS = ['description', 'language', 'state', 'cxGoal', 'scenario', 'owner'] as const;

/**
 * A required name (phase, lane, action title, map title). Undoing a rename that
 * won over a concurrent rename of the same field leaves the key empty: Yjs cannot
 * bring the old value back past the other peer's (overwritten) one. The id then
 * stands in, the same on every peer, so the map stays valid and the user can rename.
 */
function requiredName(map: EntityMap, key: string, id: Id): string {
  const value = readString(map, key);
  return value === undefined || value === '' ? id : value;
}
const META_JSON = ['persona', 'tags', 'variant', 'parent'] as const;

/**
 * The later of two RFC 3339 stamps. Docs written before the stamp root existed
 * (and older peers) keep `updatedAt` in meta; the newer one wins.
 */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** The map-level fields (`stamp`: the doc's last-change root). An unseeded doc gives empty placeholders. */
export function readMeta(meta: Y.Map<unknown>, stamp?: Y.Map<unknown>): MapMeta {
  const view: Mutable<MapMeta> = {
    format: 'journeymap',
    formatVersion: 1,
    kind: (readString(meta, 'kind') as MapKind | undefined) ?? 'map',
    id: readString(meta, 'id') ?? '',
    title: requiredName(meta, 'title', readString(meta, 'id') ?? ''),
    createdAt: readString(meta, 'createdAt') ?? '',
    updatedAt: later(readString(meta, 'updatedAt'), stamp && readString(stamp, 'updatedAt')) ?? '',
  };
  const record = view as Record<string, unknown>;
  for (const key of META_STRINGS) {
    const value = readString(meta, key);
    if (value !== undefined) record[key] = value;
  }
  for (const key of META_JSON) {
    const value = readJson(meta, key);
    if (value !== undefined) record[key] = value;
  }
  return { ...view, ...readExtensions(meta) };
}

/** One phase. */
export function readPhase(id: Id, map: EntityMap): PhaseView {
  const view: Mutable<PhaseView> = {
    id,
    name: requiredName(map, 'name', id),
    order: '',
    deleted: false,
  };
  put(view, 'description', readString(map, 'description'));
  return {
    ...view,
    ...readExtensions(map),
    order: readString(map, 'order') ?? '',
    deleted: map.get('deleted') === true,
  };
}

/** One lane. */
export function readLane(id: Id, map: EntityMap): LaneView {
  return {
    id,
    type: (readString(map, 'type') ?? 'notes') as LaneType,
    name: requiredName(map, 'name', id),
    ...readExtensions(map),
    order: readString(map, 'order') ?? '',
    deleted: map.get('deleted') === true,
  };
}

function readKpi(part: CardEntries['part'], kept: readonly string[]): Kpi {
  const map = part('kpi');
  const direction = readString(map, 'direction');
  const kpi: Mutable<Kpi> = {
    direction: direction === 'lowerIsBetter' ? 'lowerIsBetter' : 'higherIsBetter',
  };
  put(kpi, 'unit', readString(map, 'unit'));
  put(kpi, 'baseline', readJson(map, 'baseline') as Measurement | undefined);
  put(kpi, 'target', readJson(map, 'target') as Kpi['target']);
  const list = part('measurements');
  const measurements = sortedMeasurements(list).map((e) => e.m as unknown as Measurement);
  if (measurements.length > 0 || kept.includes('measurements')) kpi.measurements = measurements;
  return { ...kpi, ...readExtensions(map) };
}

function readComments(map: Fields): CommentView[] {
  return sortedComments(map).flatMap(({ id }) => {
    const c = getEntity(map, id);
    if (!c) return [];
    const view: CommentView = {
      author: readString(c, 'author') ?? '',
      text: readString(c, 'text') ?? '',
      at: readString(c, 'at') ?? '',
      ...readExtensions(c),
      id,
      resolved: c.get('resolved') === true,
    };
    return [view];
  });
}

function readVotes(map: Fields): {
  votes: number | undefined;
  votesBy: Record<string, number>;
} {
  const votesBy: Record<string, number> = {};
  let total = 0;
  let voted = false;
  for (const voter of [...map.keys()].sort()) {
    const n = readNumber(map, voter);
    if (n === undefined) continue;
    voted = true;
    votesBy[voter] = Math.max(0, Math.trunc(n));
    total += votesBy[voter] ?? 0;
  }
  return { votes: voted ? total : undefined, votesBy };
}

/** Where a card shows: its cell, and the type of that lane (undefined: no typed fields). */
export interface CardPlace {
  readonly laneId: Id;
  readonly phaseId: Id;
  readonly laneType: LaneType | undefined;
}

/** Decides a card's place from its stored lane and phase ids (which may be missing). */
export type PlaceCard = (laneId: Id | undefined, phaseId: Id | undefined) => CardPlace;

/** One card in the place `place` gives it, with the fields that lane type allows. */
export function readCard(id: Id, entity: EntityMap, place: PlaceCard): CardView {
  const stored = readPlace(entity);
  // collections and extensions gathered in one walk over the card (cardEntries.ts)
  const { fields: card, part, extensions } = cardEntries(entity);
  const { laneId, phaseId, laneType } = place(stored.laneId, stored.phaseId);
  const view: Mutable<Omit<CardView, `x-${string}`>> = {
    id,
    laneId,
    phaseId,
    text: readText(card, CARD_KEYS.text)?.toString() ?? '',
    order: stored.order ?? '',
    votes: undefined,
    votesBy: {},
    comments: [],
    deleted: isCardDeleted(entity),
  };
  put(view, 'tags', readJson(card, 'tags') as readonly string[] | undefined);
  put(view, 'color', readString(card, 'color'));
  const kept = keptEmpty(card);
  const linkIds = linkTargets(part('links'));
  if (linkIds.length > 0 || kept.includes('links')) view.links = linkIds;
  const fits = (field: keyof typeof LANE_FIELDS): boolean => LANE_FIELDS[field] === laneType;
  if (fits('channel')) put(view, 'channel', readString(card, 'channel') as Channel | undefined);
  if (fits('ownerTeam')) put(view, 'ownerTeam', readString(card, 'ownerTeam'));
  if (fits('score')) view.score = readNumber(card, 'score') ?? 0;
  if (fits('severity')) put(view, 'severity', readNumber(card, 'severity'));
  if (fits('impact')) put(view, 'impact', readNumber(card, 'impact'));
  if (fits('effort')) put(view, 'effort', readNumber(card, 'effort'));
  if (fits('kpi')) view.kpi = readKpi(part, kept);
  const { votes, votesBy } = readVotes(part('votes'));
  view.votes = votes;
  view.votesBy = votesBy;
  view.comments = readComments(part('comments'));
  if (view.comments.length === 0 && kept.includes('comments')) view.commentsListed = true;
  return { ...view, ...readExtensions(extensions) };
}

/** One improvement action. */
export function readAction(id: Id, map: EntityMap): ActionView {
  const status = readString(map, 'status');
  const view: Mutable<Omit<ActionView, `x-${string}`>> = {
    id,
    title: requiredName(map, 'title', id),
    status: status === 'doing' || status === 'done' ? status : 'open',
    cardIds: (readJson(map, 'cardIds') as readonly Id[] | undefined) ?? [],
    order: readString(map, 'order') ?? '',
  };
  put(view, 'ownerTeam', readString(map, 'ownerTeam'));
  put(view, 'due', readString(map, 'due'));
  return { ...view, ...readExtensions(map) };
}
