/**
 * Edit records: every local write of a card field also writes ONE small record
 * into the `edits` root, keyed `cardId␟field␟userId` (one per writer and field,
 * overwritten by that writer's next write). A record holds the value written, the
 * writer's name, and what the writer had seen of the other writers of that field
 * (their Yjs state-vector entries). From these alone every peer tells, the same
 * way, whether two writes of one field were made apart (neither writer had seen
 * the other's write): see README.md, "Offline conflicts".
 */
import * as Y from 'yjs';
import type { Id, JsonValue } from '../model/types';
import { docAuthor } from './author';
import { editsRoot } from './roots';

/** Separator inside record keys (ids, fields and user ids never hold it). */
export const SEP = '\u001f';
/** User-id part of archive keys (resolved conflicts): `~client.clock`. */
const ARCHIVE_MARK = '~';

/** A writer's latest write of one card field. */
export interface EditRecord {
  /** Yjs client id and clock of the record's own write */
  readonly c: number;
  readonly k: number;
  /** writer's display name when writing */
  readonly n: string;
  /** the value written (text: the whole text after the edit); null = removed */
  readonly v: JsonValue;
  /** what the writer had seen: client id → state-vector entry, for the other writers' clients */
  readonly s: Readonly<Record<string, number>>;
}

/** The record's writer (from its key). */
export interface KeyedRecord extends EditRecord {
  readonly key: string;
  readonly userId: string;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The record stored under a key, or undefined for anything malformed. */
export function readRecord(value: unknown): EditRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const r = value as Record<string, unknown>;
  if (!isCount(r.c) || !isCount(r.k) || typeof r.n !== 'string' || !('v' in r)) return undefined;
  if (typeof r.s !== 'object' || r.s === null || Array.isArray(r.s)) return undefined;
  return r as unknown as EditRecord;
}

/** `cardId␟field␟` — the prefix of every record (and archive) of one field. */
export function fieldPrefix(cardId: Id, field: string): string {
  return `${cardId}${SEP}${field}${SEP}`;
}

/** Splits a key into card id, field and writer; undefined for foreign keys. */
export function parseKey(
  key: string,
): { cardId: Id; field: string; userId: string; archive: boolean } | undefined {
  const parts = key.split(SEP);
  if (parts.length !== 3) return undefined;
  const [cardId, field, userId] = parts as [string, string, string];
  return { cardId, field, userId, archive: userId.startsWith(ARCHIVE_MARK) };
}

/** Key of a resolved conflict's archive entry (unique: the resolving write's id). */
export function archiveKey(cardId: Id, field: string, doc: Y.Doc): string {
  return `${fieldPrefix(cardId, field)}${ARCHIVE_MARK}${doc.clientID}.${Y.getState(doc.store, doc.clientID)}`;
}

/** Keys of the `edits` root grouped by field prefix, kept up to date by an observer. */
const indexes = new WeakMap<Y.Map<unknown>, Map<string, Set<string>>>();

function prefixOf(key: string): string | undefined {
  const at = key.lastIndexOf(SEP);
  return at < 0 ? undefined : key.slice(0, at + 1);
}

function addToIndex(index: Map<string, Set<string>>, key: string): void {
  const prefix = prefixOf(key);
  if (prefix === undefined) return;
  let keys = index.get(prefix);
  if (!keys) index.set(prefix, (keys = new Set()));
  keys.add(key);
}

/** The index of a doc's records (built on first use). */
export function recordIndex(doc: Y.Doc): Map<string, Set<string>> {
  const root = editsRoot(doc);
  let index = indexes.get(root);
  if (index) return index;
  const built = new Map<string, Set<string>>();
  for (const key of root.keys()) addToIndex(built, key);
  root.observe((event) => {
    for (const key of event.keysChanged) {
      if (root.has(key)) addToIndex(built, key);
      else built.get(prefixOf(key) ?? '')?.delete(key);
    }
  });
  indexes.set(root, built);
  index = built;
  return index;
}

/** The live records (not archives) of one field. */
export function fieldRecords(doc: Y.Doc, cardId: Id, field: string): KeyedRecord[] {
  const root = editsRoot(doc);
  const prefix = fieldPrefix(cardId, field);
  const keys = new Set(recordIndex(doc).get(prefix));
  // writes of the running transaction are not observed yet: the own key is looked up directly
  keys.add(prefix + docAuthor(doc).id);
  const out: KeyedRecord[] = [];
  for (const key of keys) {
    const parsed = parseKey(key);
    const record = readRecord(root.get(key));
    if (!parsed || parsed.archive || !record) continue;
    out.push({ ...record, key, userId: parsed.userId });
  }
  return out.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

/** Whether the writer of `a` had seen the write of `b`. */
export function hasSeen(a: EditRecord, b: EditRecord): boolean {
  return (a.s[String(b.c)] ?? 0) > b.k;
}

/** Records no other record has seen: two or more of them are a conflict. */
export function heads<T extends EditRecord>(records: readonly T[]): T[] {
  return records.filter((r) => !records.some((o) => o !== r && hasSeen(o, r)));
}

/**
 * Record a local write of a card field (inside the command's transaction, after
 * the field itself was written). An ordinary edit of a field in open conflict
 * keeps the conflict open (it marks the other sides as NOT seen, so only a
 * resolution closes it); otherwise, and for a resolution, the new record has
 * seen every other one, which can no longer conflict and are pruned.
 */
export function recordEdit(
  doc: Y.Doc,
  cardId: Id,
  field: string,
  value: JsonValue | undefined,
  resolution = false,
): void {
  const author = docAuthor(doc);
  const own = fieldPrefix(cardId, field) + author.id;
  const records = fieldRecords(doc, cardId, field);
  const top = heads(records);
  const open = !resolution && top.length >= 2;
  const previous = records.find((r) => r.key === own);
  const unseen = new Set(open ? top.filter((r) => r.key !== own).map((r) => r.c) : []);
  const s: Record<string, number> = {};
  for (const r of records) {
    if (r.key === own && r.c === doc.clientID) continue;
    const client = String(r.c);
    if (unseen.has(r.c)) {
      const before = previous?.s[client];
      if (before !== undefined) s[client] = before;
    } else {
      s[client] = Y.getState(doc.store, r.c);
    }
  }
  const root = editsRoot(doc);
  if (!open) for (const r of records) if (r.key !== own) root.delete(r.key);
  const record: EditRecord = {
    c: doc.clientID,
    k: Y.getState(doc.store, doc.clientID),
    n: author.name,
    v: value ?? null,
    s,
  };
  root.set(own, record);
}
