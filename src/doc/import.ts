/**
 * Format v1 -> document. createMapDoc seeds a new doc; replaceMapContent makes
 * an existing doc equal to a file as one transaction that merges with
 * concurrent edits: diff by id, update what changed, soft-delete what is gone.
 */
import * as Y from 'yjs';
import { validateMap } from '../model/validation';
import type { Action, Card, Comment, Id, JourneyMap, JsonValue, Lane, Phase } from '../model/types';
import {
  CARD_KEYS,
  cardPart,
  newCardMap,
  readPlace,
  setCardDeleted,
  writePlace,
} from './cardlayout';
import { sortedComments } from './comments';
import { stampUpdatedAt } from './command';
import { DocError } from './errors';
import { writeKpi } from './kpi';
import {
  IMPORTED_VOTER,
  KEEP_EMPTY,
  RESOLVED_EXTENSION,
  actionsRoot,
  canonicalJson,
  cardsRoot,
  cloneJson,
  getEntity,
  lanesRoot,
  metaMap,
  phasesRoot,
  pickExtensions,
  readExtensions,
  readNumber,
  readString,
  readText,
  setField,
  writeExtensions,
  type EntityMap,
} from './roots';
import { linkKeys, sortedLinks } from './links';
import { LOCAL_ORIGIN, SEED_ORIGIN } from './origins';
import { planOrders } from './planorder';
import { applyTextDiff } from './text';
import { newId } from '../model/ids';
import { isMapDoc } from './isMapDoc';
import { CARD_VALUE_KEYS, MAP_META_KEYS } from '../model/formatKeys';

export { isMapDoc };

function checked(map: JourneyMap): JourneyMap {
  const result = validateMap(map);
  if (!result.ok) {
    const lines = result.errors.slice(0, 5).map((e) => `${e.path || '(file)'}: ${e.message}`);
    throw new DocError('invalid', `not a valid journey map: ${lines.join('; ')}`);
  }
  return result.map;
}

/** Current order keys of the entities of a root (deleted ones included). */
function currentOrders(
  root: Y.Map<unknown>,
  orderOf: (entity: EntityMap) => string | undefined = (e) => readString(e, 'order'),
): Map<Id, string> {
  const out = new Map<Id, string>();
  root.forEach((value, id) => {
    if (value instanceof Y.Map) out.set(id, orderOf(value as EntityMap) ?? '');
  });
  return out;
}

/** Live entities store no flag; a restore writes `false`, a delete `true`. */
function setDeleted(entity: EntityMap, deleted: boolean): void {
  if ((entity.get('deleted') === true) !== deleted) entity.set('deleted', deleted);
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
    setDeleted(entity, false);
  }
  root.forEach((value, id) => {
    if (!wanted.has(id) && value instanceof Y.Map) setDeleted(value as EntityMap, true);
  });
}

/** How a file's comment is stored: `x-resolved: true` is the flag, other values an extension. */
function storedComment(comment: Comment): { resolved: boolean; ext: Record<string, JsonValue> } {
  const resolved = comment[RESOLVED_EXTENSION] === true;
  const ext: Record<string, JsonValue> = pickExtensions(comment);
  if (resolved) delete ext[RESOLVED_EXTENSION];
  return { resolved, ext };
}

function commentKey(
  { author, text, at }: { author?: string; text?: string; at?: string },
  ext: Record<string, JsonValue>,
  resolved: boolean,
): string {
  return canonicalJson({ author, text, at, ext, resolved });
}

function writeComments(card: EntityMap, comments: readonly Comment[]): void {
  const map = cardPart(card, 'comments');
  const have = new Map<string, Id[]>();
  for (const { id } of sortedComments(map)) {
    const c = getEntity(map, id);
    if (!c) continue;
    const fields = {
      author: readString(c, 'author'),
      text: readString(c, 'text'),
      at: readString(c, 'at'),
    };
    const key = commentKey(fields, readExtensions(c), c.get('resolved') === true);
    have.set(key, [...(have.get(key) ?? []), id]);
  }
  const ids: Id[] = comments.map((comment) => {
    const { resolved, ext } = storedComment(comment);
    const match = have.get(commentKey(comment, ext, resolved))?.shift();
    if (match !== undefined) return match;
    const id = newId();
    const entity = new Y.Map<unknown>();
    entity.set('author', comment.author);
    entity.set('text', comment.text);
    entity.set('at', comment.at);
    if (resolved) entity.set('resolved', true);
    for (const [k, v] of Object.entries(ext)) entity.set(k, cloneJson(v));
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
  const map = cardPart(card, 'links');
  const wanted = linkKeys(links);
  const keep = new Set(wanted);
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
  const orders = planOrders(wanted, new Map(sortedLinks(map).map((l) => [l.id, l.order])));
  for (const [id, order] of orders) setField(map, id, order);
}

function writeVotes(card: EntityMap, votes: number | undefined): void {
  const map = cardPart(card, 'votes');
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
  writePlace(entity, card.laneId, card.phaseId, order ?? readPlace(entity).order ?? '');
  setCardDeleted(entity, false);
  const text = readText(entity, CARD_KEYS.text);
  if (text) applyTextDiff(text, card.text);
  for (const field of CARD_VALUE_KEYS) setField(entity, field, card[field]);
  writeExtensions(entity, card);
  if (card.kpi !== undefined) writeKpi(entity, card.kpi);
  else {
    for (const name of ['kpi', 'measurements'] as const) {
      const part = cardPart(entity, name);
      for (const k of [...part.keys()]) part.delete(k);
    }
  }
  writeVotes(entity, card.votes);
  writeLinks(entity, card.links ?? []);
  writeComments(entity, card.comments ?? []);
  const empty = [
    card.links?.length === 0 && 'links',
    card.comments?.length === 0 && 'comments',
    card.kpi?.measurements?.length === 0 && 'measurements',
  ].filter((name): name is string => name !== false && name !== undefined);
  setField(entity, KEEP_EMPTY, empty.length > 0 ? empty : undefined);
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

/**
 * Make the doc's content equal to `map` (inside a transaction). A seed takes
 * the file's times; a replace keeps the doc's `createdAt` and leaves
 * `updatedAt` to the caller, which stamps the time of the change.
 */
function writeContent(doc: Y.Doc, map: JourneyMap, seed: boolean): void {
  const meta = metaMap(doc);
  const record = map as unknown as Record<string, string | undefined>;
  for (const key of MAP_META_KEYS) {
    if (!seed && (key === 'updatedAt' || (key === 'createdAt' && meta.has(key)))) continue;
    setField(meta, key, record[key]);
  }
  writeExtensions(meta, map);
  setField(meta, KEEP_EMPTY, map.actions?.length === 0 ? ['actions'] : undefined);
  writeStructure(phasesRoot(doc), map.phases, ['name', 'description']);
  writeStructure(lanesRoot(doc), map.lanes, ['type', 'name']);

  const cards = cardsRoot(doc);
  const cardOrders = planOrders(
    map.cards.map((c) => c.id),
    currentOrders(cards, (card) => readPlace(card).order),
  );
  const wantedCards = new Set(map.cards.map((c) => c.id));
  for (const card of map.cards) writeCard(cards, card, cardOrders.get(card.id));
  cards.forEach((value, id) => {
    if (!wantedCards.has(id) && value instanceof Y.Map) setCardDeleted(value as EntityMap, true);
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
  doc.transact(() => writeContent(doc, valid, true), SEED_ORIGIN);
  return doc;
}

/**
 * Make the doc equal to `map` as one local transaction (one undo step) that
 * merges with concurrent edits; used by `journey push` and "restore version".
 * Refuses a map with another id than the doc's. Restoring is a change made
 * now: `updatedAt` becomes `now` (the file's own time would turn "last change"
 * back), `createdAt` stays the doc's; a replace that changes nothing writes nothing.
 */
export function replaceMapContent(doc: Y.Doc, map: JourneyMap, now: Date = new Date()): void {
  const valid = checked(map);
  const id = readString(metaMap(doc), 'id');
  if (id !== undefined && id !== valid.id) {
    throw new DocError('invalid', `the file is map "${valid.id}", the document is map "${id}"`);
  }
  doc.transact((tr) => {
    writeContent(doc, valid, false);
    if (tr.changed.size > 0) stampUpdatedAt(doc, now);
  }, LOCAL_ORIGIN);
}
