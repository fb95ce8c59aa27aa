/**
 * Transaction origins. Every command transacts with LOCAL_ORIGIN so the undo
 * manager (and anyone else) can tell this user's edits from edits that came in
 * from the relay, a peer or storage — those carry their provider's own origin.
 */

/** Origin of every local command; the only origin the undo manager tracks. */
export const LOCAL_ORIGIN: object = Object.freeze({ name: 'journeyboard-local' });

/** Origin that sync code may use when it applies updates from peers or the relay. */
export const REMOTE_ORIGIN: object = Object.freeze({ name: 'journeyboard-remote' });

/** True when a transaction origin is a local command (not remote, not undo). */
export function isLocalOrigin(origin: unknown): boolean {
  return origin === LOCAL_ORIGIN;
}

/**
 * Origin of createMapDoc's seeding transaction. Not tracked by undo: undoing
 * the seed would leave an empty map behind.
 */
export const SEED_ORIGIN: object = Object.freeze({ name: 'journeyboard-seed' });
