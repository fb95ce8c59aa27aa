/**
 * Who writes through this document on this device: the local user's stable id and
 * display name. Edit records (editRecords.ts) carry them, so every peer can say who
 * changed a card field while apart. Not stored in the doc; set by the app when a map
 * opens. Without one (CLI, tests) the Yjs client id stands in and the name is empty.
 */
import type * as Y from 'yjs';

export interface DocAuthor {
  /** stable per device (the voter id), so a reload continues the same writer's record */
  readonly id: string;
  readonly name: string;
}

const authors = new WeakMap<Y.Doc, DocAuthor>();

/** Set (or change) who edits `doc` on this device. */
export function setDocAuthor(doc: Y.Doc, author: DocAuthor): void {
  authors.set(doc, { id: author.id, name: author.name });
}

/** The author of local edits of `doc`. */
export function docAuthor(doc: Y.Doc): DocAuthor {
  return authors.get(doc) ?? { id: `client-${doc.clientID}`, name: '' };
}
