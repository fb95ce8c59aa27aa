/**
 * The other participants' presence as an external store (for useSyncExternalStore):
 * a Map clientId -> validated PresenceState, rebuilt on awareness changes. A
 * peer whose state did not change keeps the same object, so selectors that pick
 * one peer or one card re-render only for that.
 */
import { distinctColors } from '../../model/workshop/colors';
import { parsePresence, type PresenceState } from '../../model/workshop/presence';
import type { AwarenessChange, PresenceSource } from './source';

export type Peers = ReadonlyMap<number, PresenceState>;

export interface PeersStore {
  getSnapshot(): Peers;
  /** stable bound function */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Two people present never share a colour (model/workshop/colors.ts): everyone
 * computes it over the same people, me included (I am not in the result). `raw`
 * stays as parsed; a recoloured state is made once per parsed state (`cache`).
 */
function recolor(
  raw: ReadonlyMap<number, PresenceState>,
  source: PresenceSource,
  cache: WeakMap<PresenceState, PresenceState>,
): Peers {
  const me = parsePresence(source.getLocalState());
  const users = [...raw.values()].map((s) => s.user);
  const colors = distinctColors(me ? [...users, me.user] : users);
  const out = new Map<number, PresenceState>();
  for (const [clientId, state] of raw) {
    const color = colors.get(state.user.id) ?? state.user.color;
    if (color === state.user.color.toLowerCase()) {
      out.set(clientId, state);
      continue;
    }
    let shown = cache.get(state);
    if (shown?.user.color !== color) {
      shown = { ...state, user: { ...state.user, color } };
      cache.set(state, shown);
    }
    out.set(clientId, shown);
  }
  return out;
}

export function createPeersStore(source: PresenceSource): PeersStore {
  const listeners = new Set<() => void>();
  const read = (): Map<number, PresenceState> => {
    const out = new Map<number, PresenceState>();
    for (const [clientId, value] of source.getStates()) {
      if (clientId === source.clientID) continue;
      const state = parsePresence(value);
      if (state) out.set(clientId, state);
    }
    return out;
  };
  const cache = new WeakMap<PresenceState, PresenceState>();
  let raw: Map<number, PresenceState> = read();
  let peers: Peers = recolor(raw, source, cache);

  const onChange = (change: AwarenessChange) => {
    const touched = [...change.added, ...change.updated, ...change.removed].filter(
      (id) => id !== source.clientID,
    );
    if (touched.length === 0) return;
    const next = new Map(raw);
    const states = source.getStates();
    for (const clientId of touched) {
      const state = states.has(clientId) ? parsePresence(states.get(clientId)) : null;
      if (state) next.set(clientId, state);
      else next.delete(clientId);
    }
    raw = next;
    peers = recolor(raw, source, cache);
    for (const listener of [...listeners]) listener();
  };
  // destroy() stops listening; a later subscribe() starts again from a fresh read,
  // so the store survives React StrictMode's simulated unmount and remount
  let listening = false;
  const start = () => {
    if (listening) return;
    source.on('change', onChange);
    listening = true;
    raw = read();
    peers = recolor(raw, source, cache);
  };
  start();

  return {
    getSnapshot: () => peers,
    subscribe: (listener) => {
      listeners.add(listener);
      start();
      return () => listeners.delete(listener);
    },
    destroy() {
      if (listening) source.off('change', onChange);
      listening = false;
    },
  };
}
