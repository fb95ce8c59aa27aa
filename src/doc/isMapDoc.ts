/** Whether a Y.Doc holds a map; apart from import.ts so opening a map does not load import validation. */
import type * as Y from 'yjs';
import { metaMap, readString } from './roots';

/** True when the doc has been seeded with a map (meta.id present). */
export function isMapDoc(doc: Y.Doc): boolean {
  return readString(metaMap(doc), 'id') !== undefined;
}
