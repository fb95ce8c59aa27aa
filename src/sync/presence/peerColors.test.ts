import { describe, expect, it } from 'vitest';
import { createPeersStore } from './peers';
import type { AwarenessChange, PresenceSource } from './source';

/** An awareness with twelve people who all picked the same colour; I am client 1. */
function room(n: number): PresenceSource & { add(id: number): void } {
  const states = new Map<number, Record<string, unknown>>();
  const listeners = new Set<(c: AwarenessChange, o: unknown) => void>();
  const person = (i: number) => ({
    user: { id: `user-${i}`, name: `P${i}`, color: '#1f618d', role: 'editor' },
  });
  for (let i = 1; i <= n; i++) states.set(i, person(i));
  return {
    clientID: 1,
    getStates: () => states,
    getLocalState: () => states.get(1) ?? null,
    setLocalState: () => undefined,
    on: (_e, l) => void listeners.add(l),
    off: (_e, l) => void listeners.delete(l),
    add(id) {
      states.set(id, person(id));
      for (const l of listeners) l({ added: [id], updated: [], removed: [] }, 'remote');
    },
  };
}

describe('peers store colours', () => {
  it('never shows two present people (me included) in the same colour, up to 12', () => {
    const source = room(11);
    const store = createPeersStore(source);
    const mine = '#1f618d'; // user-1 sorts first and keeps the chosen colour
    const others = () => [...store.getSnapshot().values()].map((s) => s.user.color);
    expect(new Set([mine, ...others()]).size).toBe(11);
    source.add(12);
    expect(new Set([mine, ...others()]).size).toBe(12);
    store.destroy();
  });
});
