/**
 * The one way commands write: a single transaction with LOCAL_ORIGIN (one undo
 * step), which also stamps `updatedAt` so catalogs can show "last edited".
 */
import type * as Y from 'yjs';
import { invalid, notFound } from './errors';
import { getEntity, metaMap, readString, stampRoot, type EntityMap } from './roots';
import { LOCAL_ORIGIN } from './origins';

/**
 * Write "last change: now" (inside the caller's transaction, if any). The stamp
 * lives outside the undo scope: an undo is a change too and must not bring
 * back the old time.
 */
export function stampUpdatedAt(doc: Y.Doc, now: Date = new Date()): void {
  if (metaMap(doc).has('id')) stampRoot(doc).set('updatedAt', now.toISOString());
}

/** Run `write` as one local transaction; validation must happen before it. */
export function runCommand<T>(doc: Y.Doc, write: () => T): T {
  let result: T | undefined;
  let done = false;
  doc.transact(() => {
    result = write();
    done = true;
    stampUpdatedAt(doc);
  }, LOCAL_ORIGIN);
  if (!done) throw new Error('command did not run');
  return result as T;
}

/** The entity or a `not-found` DocError. */
export function mustGet(root: Y.Map<unknown>, kind: string, id: string): EntityMap {
  const entity = getEntity(root, id);
  if (!entity) throw notFound(kind, id);
  return entity;
}

/** Throws unless the doc has been seeded with a map. */
export function mustBeMap(doc: Y.Doc): void {
  if (readString(metaMap(doc), 'id') === undefined) throw invalid('the document holds no map yet');
}
