/**
 * The facilitator's locks alone, as an external store: what the board must honour
 * from its first paint (a locked map is read-only for participants), without the
 * vote and timer parsing of the whole workshop store (state.ts), which loads later.
 */
import type * as Y from 'yjs';
import { sameLocks, type Locks } from '../../model/workshop/locks';
import type { Id } from '../../model/types';
import { workshop, WORKSHOP_KEYS } from './keys';

/** The current locks. */
export function readLocks(root: Y.Map<unknown>): Locks {
  const lanes = new Set<Id>();
  for (const [key, value] of root.entries()) {
    if (key.startsWith(WORKSHOP_KEYS.laneLockPrefix) && value === true) {
      lanes.add(key.slice(WORKSHOP_KEYS.laneLockPrefix.length));
    }
  }
  return { map: root.get(WORKSHOP_KEYS.mapLock) === true, lanes };
}

export interface LocksStore {
  getSnapshot(): Locks;
  /** stable bound function, for useSyncExternalStore; observes the doc while subscribed */
  subscribe(listener: () => void): () => void;
}

/** The current locks of `doc`; a new value only when what is locked changes. */
export function createLocksStore(doc: Y.Doc): LocksStore {
  const root = workshop(doc);
  let locks = readLocks(root);
  const listeners = new Set<() => void>();
  const onChange = () => {
    const next = readLocks(root);
    if (sameLocks(next, locks)) return;
    locks = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => locks,
    subscribe: (listener) => {
      if (listeners.size === 0) {
        root.observe(onChange);
        onChange();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) root.unobserve(onChange);
      };
    },
  };
}
