/**
 * Facilitator locks: while explaining, a facilitator can freeze the whole map or
 * single lanes so participants cannot change them. This is a courtesy the app
 * honours; the relay-enforced view links remain the hard guarantee.
 *
 * Scope: document (workshop map), one key per lock so locking two lanes at once
 * on two devices keeps both.
 */
import type { Id } from '../types';
import type { WorkshopRole } from './presence';

export interface Locks {
  readonly map: boolean;
  readonly lanes: ReadonlySet<Id>;
}

export const NO_LOCKS: Locks = Object.freeze({ map: false, lanes: new Set<Id>() });

export interface EditContext {
  readonly role: WorkshopRole;
  readonly locks: Locks;
  /** the lane the edit touches; omit for map-level edits (title, phases, lanes) */
  readonly laneId?: Id | null;
}

/**
 * Whether a person may make an edit. Viewers never; facilitators always (they set
 * the locks); editors unless the map, or the lane the edit touches, is locked.
 */
export function canEdit({ role, locks, laneId }: EditContext): boolean {
  if (role === 'viewer' || role === 'commenter') return false;
  if (role === 'facilitator') return true;
  if (locks.map) return false;
  return !(laneId && locks.lanes.has(laneId));
}

/** Whether anything is locked (to show the lock banner). */
export function hasLocks(locks: Locks): boolean {
  return locks.map || locks.lanes.size > 0;
}

/** Whether two lock states lock the same things (for re-rendering only on a real change). */
export function sameLocks(a: Locks, b: Locks): boolean {
  if (a === b) return true;
  if (a.map !== b.map || a.lanes.size !== b.lanes.size) return false;
  for (const lane of a.lanes) if (!b.lanes.has(lane)) return false;
  return true;
}
