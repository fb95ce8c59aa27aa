/**
 * Format v1 -> document. createMapDoc seeds a new doc; replaceMapContent makes
 * an existing doc equal to a file as one transaction that merges with
 * concurrent edits: diff by id, update what changed, soft-delete what is gone.
 */
import * as Y from 'yjs';
import { validateMap } from '../model/validation';
import type { Action, Card, Comment, Id, JourneyMap, Lane, Phase } from '../model/types';
import { newCardMap } from './cardfields';
import { sortedComments } from './comments';
import { DocError } from './errors';
import { writeKpi } from './kpi';
import {
  CARD_KEYS,
  IMPORTED_VOTER,
  actionsRoot,
  canonicalJson,
  cardsRoot,
  getEntity,
  lanesRoot,
  metaMap,
  phasesRoot,
  pickExtensions,
  readMap,
  readNumber,
  readString,
  readText,
  setField,
  writeExtensions,
  type EntityMap,
} from './layout';
import { sortedLinks } from './links';
import { LOCAL_ORIGIN, SEED_ORIGIN } from './origins';
import { planOrders } from './planorder';
import { applyTextDiff } from './text';
import { newId } from '../model/ids';

const META_FIELDS = [
  'kind',
  'id',
  'title',
  'description',
  'language',
  'state',
  'cxGoal',
  'scenario',
  'persona',
  'owner',
  'tags',
  'variant',
  'parent',
  'createdAt',
  'updatedAt',
] as const;

/** True when the doc has been seeded with a map (meta.id present). */
export function isMapDoc(doc: Y.Doc): boolean {
  return readString(metaMap(doc), 'id') !== undefined;
}

function checked(map: JourneyMap): JourneyMap {
  const result = validateMap(map);
  if (!result.ok) {
    const lines = result.errors.slice(0, 5).map((e) => `${e.path || '(file)'}: ${e.message}`);
    throw new DocError('invalid', `not a valid journey map: ${lines.join('; ')}`);
  }
  return result.map;
}

/** Current order keys of the entities of a root (deleted ones included). */
function currentOrders(root: Y.Map<unknown>): Map<Id, string> {
  const out = new Map<Id, string>();
  root.forEach((value, id) => {
    if (value instanceof Y.Map) out.set(id, readString(value as EntityMap, 'order') ?? '');
  });
  return out;
}

/** Get or create the entity `id`, written so new entities are whole before they join the doc. */
function upsert(root: Y.Map<unknown>, id: Id, create: () => EntityMap): EntityMap {
  const existing = getEntity(root, id);
  if (existing) return existing;
  const entity = create();
  root.set(id, entity);
  return entity;
}

/** Phases and lanes: fields, extensions, order, soft delete of the missing. */
function writeStructure<T extends Phase | Lane>(
  root: Y.Map<unknown>,
  items: readonly T[],
  fields: readonly string[],
): void {
  const orders = planOrders(
    items.map((i) => i.id),
    currentOrders(root),
  );
  const wanted = new Set(items.map((i) => i.id));
  for (const item of items) {
    const entity = upsert(root, item.id, () => new Y.Map<unknown>());
    const record = item as unknown as Record<string, string | undefined>;
    for (const field of fields) setField(entity, field, record[field]);
    writeExtensions(entity, item);
    const order = orders.get(item.id);
    if (order !== undefined) setField(entity, 'order', order);
    setField(entity, 'deleted', false);
  }
  root.forEach((value, id) => {
    if (!wanted.has(id) && value instanceof Y.Map) setField(value as EntityMap, 'deleted', true);
  });
}

const CARD_FIELDS = [
  'tags',
  'color',
  'channel',
  'ownerTeam',
  'score',
  'severity',
  'impact',
  'effort',
] as const;

function commentKey(c: Comment | Record<string, unknown>, resolved: boolean): string {
  const { author, text, at } = c as Comment;
  const ext: Record<string, unknown> = pickExtensions(c);
  delete ext['x-resolved'];
  return canonicalJson({ author, text, at, ext, resolved });
}

function writeComments(card: EntityMap, comments: readonly Comment[]): void {
  const map = readMap(card, CARD_KEYS.comments);
  if (!map) return;
  const have = new Map<string, Id[]>();
  for (const { id } of sortedComments(map)) {
    const c = getEntity(map, id);
    if (!c) continue;
    const plain: Record<string, unknown> = { ...pickExtensions(Object.fromEntries(c.entries())) };
    plain.author = readString(c, 'author');
    plain.text = readString(c, 'text');
    plain.at = readString(c, 'at');
    const key = commentKey(plain, c.get('resolved') === true);
    have.set(key, [...(have.get(key) ?? []), id]);
  }
  const ids: Id[] = comments.map((comment) => {
    const resolved = comment['x-resolved'] === true;
    const match = have.get(commentKey(comment, resolved))?.shift();
    if (match !== undefined) return match;
    const id = newId();
    const entity = new Y.Map<unknown>();
    entity.set('author', comment.author);
    entity.set('text', comment.text);
    entity.set('at', comment.at);
    entity.set('resolved', resolved);
    for (const [k, v] of Object.entries(pickExtensions(comment)))
      if (k !== 'x-resolved') entity.set(k, v);
    map.set(id, entity);
    return id;
  });
  const keep = new Set(ids);
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  const orders = planOrders(ids, new Map(sortedComments(map).map((c) => [c.id, c.order])));
  for (const [id, order] of orders) {
    const c = getEntity(map, id);
    if (c) setField(c, 'order', order);
  }
}

function writeLinks(card: EntityMap, links: readonly Id[]): void {
  const map = readMap(card, CARD_KEYS.links);
  if (!map) return;
  const wanted = [...new Set(links)];
  const keep = new Set(wanted);
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  const orders = planOrders(wanted, new Map(sortedLinks(map).map((l) => [l.id, l.order])));
  for (const [id, order] of orders) setField(map, id, order);
}

function writeVotes(card: EntityMap, votes: number | undefined): void {
  const map = readMap(card, CARD_KEYS.votes);
  if (!map) return;
  let sum = 0;
  map.forEach((_v, voter) => (sum += readNumber(map, voter) ?? 0));
  if (votes !== undefined && map.size > 0 && sum === votes) return;
  for (const voter of [...map.keys()]) map.delete(voter);
  if (votes !== undefined) map.set(IMPORTED_VOTER, votes);
}

function writeCard(root: Y.Map<unknown>, card: Card, order: string | undefined): void {
  const entity = upsert(root, card.id, () =>
    newCardMap(card.laneId, card.phaseId, order ?? '', card.text),
  );
  setField(entity, CARD_KEYS.laneId, card.laneId);
  setField(entity, CARD_KEYS.phaseId, card.phaseId);
  if (order !== undefined) setField(entity, CARD_KEYS.order, order);
  setField(entity, CARD_KEYS.deleted, false);
  const text = readText(entity, CARD_KEYS.text);
  if (text) applyTextDiff(text, card.text);
  for (const field of CARD_FIELDS) setField(entity, field, card[field]);
  writeExtensions(entity, card);
  if (card.kpi !== undefined) writeKpi(entity, card.kpi);
  else {
    for (const key of [CARD_KEYS.kpi, CARD_KEYS.measurements]) {
      const nested = readMap(entity, key);
      if (nested) for (const k of [...nested.keys()]) nested.delete(k);
    }
  }
  writeVotes(entity, card.votes);
  writeLinks(entity, card.links ?? []);
  writeComments(entity, card.comments ?? []);
}

function writeAction(root: Y.Map<unknown>, action: Action, order: string | undefined): void {
  const entity = upsert(root, action.id, () => new Y.Map<unknown>());
  setField(entity, 'title', action.title);
  setField(entity, 'status', action.status);
  setField(entity, 'ownerTeam', action.ownerTeam);
  setField(entity, 'due', action.due);
  setField(entity, 'cardIds', [...action.cardIds]);
  writeExtensions(entity, action);
  if (order !== undefined) setField(entity, 'order', order);
}

/** Make the doc's content equal to `map` (inside a transaction). */
function writeContent(doc: Y.Doc, map: JourneyMap): void {
  const meta = metaMap(doc);
  const record = map as unknown as Record<string, string | undefined>;
  for (const key of META_FIELDS) setField(meta, key, record[key]);
  writeExtensions(meta, map);
  writeStructure(phasesRoot(doc), map.phases, ['name', 'description']);
  writeStructure(lanesRoot(doc), map.lanes, ['type', 'name']);

  const cards = cardsRoot(doc);
  const cardOrders = planOrders(
    map.cards.map((c) => c.id),
    currentOrders(cards),
  );
  const wantedCards = new Set(map.cards.map((c) => c.id));
  for (const card of map.cards) writeCard(cards, card, cardOrders.get(card.id));
  cards.forEach((value, id) => {
    if (!wantedCards.has(id) && value instanceof Y.Map)
      setField(value as EntityMap, CARD_KEYS.deleted, true);
  });

  const actions = actionsRoot(doc);
  const list = map.actions ?? [];
  const actionOrders = planOrders(
    list.map((a) => a.id),
    currentOrders(actions),
  );
  const wantedActions = new Set(list.map((a) => a.id));
  for (const id of [...actions.keys()]) if (!wantedActions.has(id)) actions.delete(id);
  for (const action of list) writeAction(actions, action, actionOrders.get(action.id));
}

/**
 * Seed a NEW doc with a (valid) map in ONE transaction; for templates, imports
 * and duplicates. Refuses a doc that already holds a map: seeding content that
 * may also arrive by sync would duplicate it.
 */
export function createMapDoc(map: JourneyMap, doc: Y.Doc = new Y.Doc()): Y.Doc {
  const valid = checked(map);
  if (isMapDoc(doc))
    throw new DocError('invalid', 'createMapDoc needs a new document; use replaceMapContent');
  doc.transact(() => writeContent(doc, valid), SEED_ORIGIN);
  return doc;
}

/**
 * Make the doc equal to `map` as one local transaction (one undo step) that
 * merges with concurrent edits; used by `journey push` and "restore version".
 * Refuses a map with another id than the doc's.
 */
export function replaceMapContent(doc: Y.Doc, map: JourneyMap): void {
  const valid = checked(map);
  const id = readString(metaMap(doc), 'id');
  if (id !== undefined && id !== valid.id) {
    throw new DocError('invalid', `the file is map "${valid.id}", the document is map "${id}"`);
  }
  doc.transact(() => writeContent(doc, valid), LOCAL_ORIGIN);
}
