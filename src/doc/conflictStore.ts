/**
 * A live list of a map's open conflicts for the UI (useSyncExternalStore): the
 * list keeps its identity until a field's conflict changes, and only the fields
 * whose edit records changed are looked at again.
 */
import type * as Y from 'yjs';
import { fieldConflict, type ConflictField, type FieldConflict } from './conflicts';
import { parseKey, recordIndex, SEP } from './editRecords';
import { canonicalJson, editsRoot } from './roots';

export interface ConflictStore {
  /** open conflicts sorted by card id, then field */
  getConflicts(): readonly FieldConflict[];
  subscribe(fn: () => void): () => void;
}

const stores = new WeakMap<Y.Doc, ConflictStore>();

/** The conflict store of a doc (one per doc, made on first use, lives as long as the doc). */
export function conflictStore(doc: Y.Doc): ConflictStore {
  let store = stores.get(doc);
  if (!store) stores.set(doc, (store = createConflictStore(doc)));
  return store;
}

function createConflictStore(doc: Y.Doc): ConflictStore {
  const byField = new Map<string, FieldConflict>();
  const listeners = new Set<() => void>();
  let list: readonly FieldConflict[] = [];

  const look = (prefix: string): boolean => {
    const parsed = parseKey(prefix);
    if (!parsed) return false;
    const found = fieldConflict(doc, parsed.cardId, parsed.field as ConflictField);
    const before = byField.get(prefix);
    if (!found) return byField.delete(prefix);
    if (before && canonicalJson(before) === canonicalJson(found)) return false;
    byField.set(prefix, found);
    return true;
  };
  for (const prefix of recordIndex(doc).keys()) look(prefix);
  const rebuild = (): void => {
    list = [...byField.keys()].sort().map((k) => byField.get(k) as FieldConflict);
  };
  rebuild();

  editsRoot(doc).observe((event) => {
    const prefixes = new Set<string>();
    for (const key of event.keysChanged) prefixes.add(key.slice(0, key.lastIndexOf(SEP) + 1));
    let changed = false;
    for (const prefix of prefixes) changed = look(prefix) || changed;
    if (!changed) return;
    rebuild();
    for (const fn of [...listeners]) fn();
  });
  return {
    getConflicts: () => list,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
