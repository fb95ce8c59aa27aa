/**
 * The workshop part of the document: vote sessions and ballots, the countdown and
 * facilitator locks, in the `workshop` root map (never exported to format v1).
 * Import from here; the key layout (keys.ts) is private.
 */
export { WORKSHOP_ORIGIN } from './origin';
export {
  createWorkshopStore,
  readWorkshop,
  type WorkshopSnapshot,
  type WorkshopStore,
} from './state';
export { addDot, closeVote, removeDot, revealVote, startVote, type NewVote } from './vote';
export {
  extendWorkshopTimer,
  pauseWorkshopTimer,
  resumeWorkshopTimer,
  startWorkshopTimer,
  stopWorkshopTimer,
} from './timer';
export { clearLocks, setLaneLock, setMapLock } from './locks';
export { createLocksStore, type LocksStore } from './lockState';
