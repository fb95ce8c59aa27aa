/**
 * Documents for maps that sync: the app's open map (storage loads into it, the relay
 * syncs it) and the CLI's copy of a relay room. Created here because only the doc,
 * storage and sync layers import Yjs.
 */
import * as Y from 'yjs';
import type { MapDoc } from '../doc';

/** A fresh, empty document for one map. */
export function newMapDoc(): MapDoc {
  return new Y.Doc();
}
