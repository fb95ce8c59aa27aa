/**
 * Publishes the local user's presence into awareness, at most 10 times a second:
 * patches (cursor, selection, viewport, …) merge into one pending state that a
 * throttle flushes with ONE `setLocalState`, so a mouse move and a viewport
 * change in the same 100 ms cost one message to 50 peers, not two.
 */
import type { PresenceState, PresenceUser } from '../../model/workshop/presence';
import type { PresenceSource } from './source';
import { throttle } from './throttle';

/** Fields a client publishes about itself; `null` clears a field. */
export type PresencePatch = {
  readonly [K in Exclude<keyof PresenceState, 'user'>]?: PresenceState[K] | null;
};

export interface PresencePublisher {
  /** merge fields into the local state (throttled) */
  update(patch: PresencePatch): void;
  /** a changed name, colour or role goes out at once */
  setUser(user: PresenceUser): void;
  /** what was last published or is pending */
  current(): PresenceState;
  /** send a pending update now (before unload) */
  flush(): void;
  /** leave: clears the local state so peers drop us at once */
  destroy(): void;
}

/** Presence updates per second per client, at most. */
export const PRESENCE_RATE_HZ = 10;

export function createPresencePublisher(
  source: PresenceSource,
  user: PresenceUser,
  intervalMs = 1000 / PRESENCE_RATE_HZ,
): PresencePublisher {
  let state: PresenceState = { user };
  let destroyed = false;
  const send = throttle(() => {
    if (!destroyed) source.setLocalState({ ...state } as Record<string, unknown>);
  }, intervalMs);
  send();

  return {
    update(patch) {
      const next: Record<string, unknown> = { ...state };
      let changed = false;
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        if (value === null) {
          if (key in next) {
            delete next[key];
            changed = true;
          }
        } else if (next[key] !== value) {
          next[key] = value;
          changed = true;
        }
      }
      if (!changed) return;
      state = next as unknown as PresenceState;
      send();
    },
    setUser(nextUser) {
      state = { ...state, user: nextUser };
      send();
      send.flush();
    },
    current: () => state,
    flush: () => send.flush(),
    destroy() {
      send.cancel();
      destroyed = true;
      source.setLocalState(null);
    },
  };
}
