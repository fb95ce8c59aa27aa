/** Facilitator lock commands (rules: model/workshop/locks). */
import type * as Y from 'yjs';
import type { Id } from '../../model/types';
import { getEntity, lanesRoot } from '../roots';
import { notFound } from '../errors';
import { laneLockKey, workshop, WORKSHOP_KEYS } from './keys';
import { WORKSHOP_ORIGIN } from './origin';

function setFlag(doc: Y.Doc, key: string, on: boolean): void {
  const root = workshop(doc);
  if ((root.get(key) === true) === on) return;
  doc.transact(() => {
    if (on) root.set(key, true);
    else root.delete(key);
  }, WORKSHOP_ORIGIN);
}

/** Locks or unlocks the whole map for participants. */
export function setMapLock(doc: Y.Doc, locked: boolean): void {
  setFlag(doc, WORKSHOP_KEYS.mapLock, locked);
}

/** Locks or unlocks one lane; DocError `not-found` when locking an unknown lane. */
export function setLaneLock(doc: Y.Doc, laneId: Id, locked: boolean): void {
  if (locked && !getEntity(lanesRoot(doc), laneId)) throw notFound('lane', laneId);
  setFlag(doc, laneLockKey(laneId), locked);
}

/** Lifts every lock (the facilitator's "unlock all"). */
export function clearLocks(doc: Y.Doc): void {
  const root = workshop(doc);
  const keys = [...root.keys()].filter(
    (k) => k === WORKSHOP_KEYS.mapLock || k.startsWith(WORKSHOP_KEYS.laneLockPrefix),
  );
  if (keys.length === 0) return;
  doc.transact(() => keys.forEach((k) => root.delete(k)), WORKSHOP_ORIGIN);
}
