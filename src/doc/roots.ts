/**
 * The Y.Doc layout (private to src/doc; see README.md). Every entity lives in a
 * top-level Y.Map keyed by its id; order is a fractional index stored on the
 * entity, never a position in a Y.Array (concurrent Y.Array moves duplicate).
 */
import * as Y from 'yjs';
import type { Id, JsonValue } from '../model/types';

/** Names of the top-level shared types. `workshop` belongs to the workshop feature. */
export const ROOT = {
  meta: 'meta',
  phases: 'phases',
  lanes: 'lanes',
  cards: 'cards',
  actions: 'actions',
  workshop: 'workshop',
  stamp: 'stamp',
  edits: 'edits',
} as const;

/**
 * A map's document. An alias of Y.Doc so layers that may not import Yjs
 * (ui, canvas) can still name the value they pass to commands.
 */
export type MapDoc = Y.Doc;

/** One entity (phase, lane, card, action, comment, kpi): a Y.Map of fields. */
export type EntityMap = Y.Map<unknown>;

/**
 * What the field helpers below read and write: a Y.Map, or one collection of a
 * card (its votes, links, …), which in the compact card layout is a key prefix
 * on the card's own Y.Map (see cardlayout.ts).
 */
export interface Fields {
  get(key: string): unknown;
  has(key: string): boolean;
  set(key: string, value: unknown): unknown;
  delete(key: string): void;
  keys(): Iterable<string>;
  forEach(fn: (value: unknown, key: string) => void): void;
  readonly size: number;
}

/** The map-level fields (title, persona as JSON, …). */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.meta);
}
/** Phases by id. */
export function phasesRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.phases);
}
/** Lanes by id. */
export function lanesRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.lanes);
}
/** Cards by id. */
export function cardsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.cards);
}
/** Improvement actions by id. */
export function actionsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.actions);
}
/** Reserved for the workshop feature (vote sessions, timer, locks); never exported. */
export function workshopRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.workshop);
}
/**
 * `updatedAt` of the last change. Kept apart from `meta` so the undo manager
 * (whose scope is meta and the entity roots) never turns "last change" back.
 */
export function stampRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.stamp);
}

/** Edit records of card fields, for offline-conflict detection (conflicts.ts). */
export function editsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.edits);
}

/**
 * Key, on `meta` and on a card, of the lists a file held although empty
 * (`"links": []`), as a JSON list of names; export writes them back so a round
 * trip keeps them. Meta: `actions`; card: `links`, `comments`, `measurements`.
 */
export const KEEP_EMPTY = 'keepEmpty';

/** Names of the lists a file had but left empty (see KEEP_EMPTY). */
export function keptEmpty(map: Fields): readonly string[] {
  const value = readJson(map, KEEP_EMPTY);
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/**
 * The extension a file uses to mark a comment resolved. `true` becomes the
 * comment's `resolved` flag; any other value is kept verbatim as an extension.
 */
export const RESOLVED_EXTENSION = 'x-resolved';

/** The voter that holds dot votes which came from a file (no per-voter breakdown). */
export const IMPORTED_VOTER = '_imported';

/** True for extension property names (`x-…`). */
export function isExtensionKey(key: string): key is `x-${string}` {
  return key.startsWith('x-');
}

/** The entity with this id in a root map, if it exists. */
export function getEntity(root: Fields, id: Id): EntityMap | undefined {
  const value = root.get(id);
  return value instanceof Y.Map ? (value as EntityMap) : undefined;
}

/** A string field, or undefined when absent or of another type. */
export function readString(map: Fields, key: string): string | undefined {
  const value = map.get(key);
  return typeof value === 'string' ? value : undefined;
}

/** A finite number field, or undefined. */
export function readNumber(map: Fields, key: string): number | undefined {
  const value = map.get(key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A plain JSON field (not a shared type), or undefined. */
export function readJson(map: Fields, key: string): JsonValue | undefined {
  const value = map.get(key);
  if (value === undefined || value instanceof Y.AbstractType) return undefined;
  return value as JsonValue;
}

/** The card's Y.Text, or undefined. */
export function readText(map: Fields, key: string): Y.Text | undefined {
  const value = map.get(key);
  return value instanceof Y.Text ? value : undefined;
}

/** Deep copy of a JSON value, so later caller mutations cannot reach the doc. */
export function cloneJson<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Set a plain field, or delete it when `value` is undefined. Writes nothing when
 * the value is already equal, so unchanged entities keep their snapshot identity
 * and diffs (replaceMapContent) stay minimal.
 */
export function setField(map: Fields, key: string, value: JsonValue | undefined): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  if (current !== undefined && !(current instanceof Y.AbstractType) && sameJson(current, value))
    return;
  map.set(key, typeof value === 'object' && value !== null ? cloneJson(value) : value);
}

/** All `x-…` properties of an entity map, as a plain object. */
export function readExtensions(map: Fields): Record<`x-${string}`, JsonValue> {
  const out: Record<`x-${string}`, JsonValue> = {};
  let keys: `x-${string}`[] | undefined;
  for (const key of map.keys()) if (isExtensionKey(key)) (keys ??= []).push(key);
  if (!keys) return out;
  // sorted, so every peer writes the same JSON
  for (const key of keys.sort()) {
    const value = readJson(map, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Make the entity's `x-…` properties exactly those of `source` (missing ones removed). */
export function writeExtensions(map: Fields, source: object): void {
  const wanted = new Map<string, JsonValue>();
  for (const [key, value] of Object.entries(source)) {
    if (isExtensionKey(key) && value !== undefined) wanted.set(key, value as JsonValue);
  }
  for (const key of [...map.keys()]) {
    if (isExtensionKey(key) && !wanted.has(key)) map.delete(key);
  }
  for (const [key, value] of wanted) setField(map, key, value);
}

/** `x-…` properties of a plain object (for JSON sub-values such as persona). */
export function pickExtensions(source: object): Record<`x-${string}`, JsonValue> {
  const out: Record<`x-${string}`, JsonValue> = {};
  for (const [key, value] of Object.entries(source)) {
    if (isExtensionKey(key) && value !== undefined) out[key] = value as JsonValue;
  }
  return out;
}

/** JSON text with object keys sorted, for comparing values by content. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
