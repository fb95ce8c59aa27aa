import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { createPeersStore } from './peers';
import { createPresencePublisher } from './publisher';
import type { PresenceSource } from './source';

/** Two awareness instances wired like two clients of one relay room. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  a.setLocalState(null);
  b.setLocalState(null);
  let messagesAtoB = 0;
  a.on(
    'update',
    ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      messagesAtoB++;
      applyAwarenessUpdate(
        b,
        encodeAwarenessUpdate(a, [...added, ...updated, ...removed]),
        'relay',
      );
    },
  );
  return { a, b, count: () => messagesAtoB };
}

const lea = { id: 'lea', name: 'Lea', color: '#1f618d', role: 'editor' as const };

describe('presence over awareness', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(5_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('sends at most 10 updates a second and the peer sees the latest cursor', () => {
    const { a, b, count } = pair();
    const pub = createPresencePublisher(a, lea);
    const peers = createPeersStore(b);
    const before = count();
    for (let i = 0; i < 100; i++) {
      pub.update({ cursor: { x: i, y: 2 * i } });
      vi.advanceTimersByTime(10); // 100 Hz for 1 s
    }
    vi.advanceTimersByTime(150);
    expect(count() - before).toBeLessThanOrEqual(11);
    const seen = peers.getSnapshot().get(a.clientID);
    expect(seen?.user.name).toBe('Lea');
    expect(seen?.cursor).toEqual({ x: 99, y: 198 });
    pub.destroy();
    peers.destroy();
  });

  it('clears fields with null, keeps unchanged peers identical and drops peers that leave', () => {
    const { a, b } = pair();
    const third = new Awareness(new Y.Doc());
    third.setLocalState({ user: { id: 'max', name: 'Max', color: '#c0392b', role: 'viewer' } });
    applyAwarenessUpdate(b, encodeAwarenessUpdate(third, [third.clientID]), 'relay');
    const peers = createPeersStore(b);
    const maxBefore = peers.getSnapshot().get(third.clientID);
    expect(maxBefore?.user.name).toBe('Max');

    const pub = createPresencePublisher(a, lea);
    pub.update({ editing: 'card1', selection: ['card1'] });
    vi.advanceTimersByTime(200);
    expect(peers.getSnapshot().get(a.clientID)?.editing).toBe('card1');
    expect(peers.getSnapshot().get(third.clientID)).toBe(maxBefore);
    pub.update({ editing: null });
    vi.advanceTimersByTime(200);
    expect(peers.getSnapshot().get(a.clientID)?.editing).toBeUndefined();
    expect(peers.getSnapshot().get(a.clientID)?.selection).toEqual(['card1']);
    // own state never shows up among the peers
    expect(createPeersStore(a).getSnapshot().has(a.clientID)).toBe(false);
    pub.destroy();
    expect(peers.getSnapshot().has(a.clientID)).toBe(false);
  });

  it('ignores peers without a usable user', () => {
    const { a, b } = pair();
    const peers = createPeersStore(b);
    a.setLocalState({ cursor: { x: 1, y: 1 } });
    expect(peers.getSnapshot().size).toBe(0);
  });
});

describe('the real Awareness', () => {
  it('is a PresenceSource (checked by the compiler)', () => {
    const source: PresenceSource = new Awareness(new Y.Doc());
    expect(source.clientID).toBeGreaterThan(0);
  });
});
