/**
 * Key lists of format v1, derived from the one schema (`formatSchema.ts`) so a
 * field added there reaches the canonical writer, the importer and the editing
 * commands without another list to keep in step.
 */
import type { ObjectSchema, Props } from './schema';
import { formatParts } from './formatSchema';

/** The property names of an object part, in the schema's (= the spec's) order. */
export function keysOf<P extends Props>(shape: ObjectSchema<P>): readonly (keyof P & string)[] {
  return Object.keys(shape.props) as (keyof P & string)[];
}

/** `keys` without `drop`, order kept; the type says which keys are left. */
function without<K extends string, D extends K>(
  keys: readonly K[],
  drop: readonly D[],
): readonly Exclude<K, D>[] {
  return keys.filter((k): k is Exclude<K, D> => !(drop as readonly string[]).includes(k));
}

/** Every object part's keys in spec order (the canonical JSON key order). */
export const FORMAT_KEYS = {
  map: keysOf(formatParts.map),
  persona: keysOf(formatParts.persona),
  variant: keysOf(formatParts.variant),
  parent: keysOf(formatParts.parent),
  phase: keysOf(formatParts.phase),
  lane: keysOf(formatParts.lane),
  card: keysOf(formatParts.card),
  comment: keysOf(formatParts.comment),
  kpi: keysOf(formatParts.kpi),
  measurement: keysOf(formatParts.measurement),
  action: keysOf(formatParts.action),
} as const;

/** Map-level fields (everything but the format header and the collections). */
export const MAP_META_KEYS = without(FORMAT_KEYS.map, [
  'format',
  'formatVersion',
  'phases',
  'lanes',
  'cards',
  'actions',
]);

/** Map-level fields a user edits one by one (identity, times and the persona excepted). */
export const MAP_EDITABLE_KEYS = without(MAP_META_KEYS, [
  'kind',
  'id',
  'persona',
  'createdAt',
  'updatedAt',
]);

/**
 * Card fields held as plain values: the card's identity, place, text and its
 * nested collections (votes, links, comments, kpi) have their own storage.
 */
export const CARD_VALUE_KEYS = without(FORMAT_KEYS.card, [
  'id',
  'laneId',
  'phaseId',
  'text',
  'votes',
  'links',
  'comments',
  'kpi',
]);
