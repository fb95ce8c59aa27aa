/**
 * The other participants' presence as an external store (for useSyncExternalStore):
 * a Map clientId -> validated PresenceState, rebuilt on awareness changes. A
 * peer whose state did not change keeps the same object, so selectors that pick
 * one peer or one card re-render only for that.
 */
import { parsePresence, type PresenceState } from '../../model/workshop/presence';
import type { AwarenessChange, PresenceSource } from './source';

export type Peers = ReadonlyMap<number, PresenceState>;

export interface PeersStore {
  getSnapshot(): Peers;
  /** stable bound function */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export function createPeersStore(source: PresenceSource): PeersStore {
  const listeners = new Set<() => void>();
  const read = (): Map<number, PresenceState> => {
    const out = new Map<number, PresenceState>();
    for (const [clientId, raw] of source.getStates()) {
      if (clientId === source.clientID) continue;
      const state = parsePresence(raw);
      if (state) out.set(clientId, state);
    }
    return out;
  };
  let peers: Peers = read();

  const onChange = (change: AwarenessChange) => {
    const touched = [...change.added, ...change.updated, ...change.removed].filter(
      (id) => id !== source.clientID,
    );
    if (touched.length === 0) return;
    const next = new Map(peers);
    const states = source.getStates();
    for (const clientId of touched) {
      const state = states.has(clientId) ? parsePresence(states.get(clientId)) : null;
      if (state) next.set(clientId, state);
      else next.delete(clientId);
    }
    peers = next;
    for (const listener of [...listeners]) listener();
  };
  // destroy() stops listening; a later subscribe() starts again from a fresh read,
  // so the store survives React StrictMode's simulated unmount and remount
  let listening = false;
  const start = () => {
    if (listening) return;
    source.on('change', onChange);
    listening = true;
    peers = read();
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
