// RoomManager in-process: background work is spread over sweeps instead of stalling the relay.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_LIMITS } from './config';
import { encodeUpdate, parseMessage } from './protocol';
import { fakePeer, roomDeps } from './roomTesting';
import { RoomManager } from './rooms';
import { SqliteStore } from './store/sqlite';
import { tempDataDir } from './testing';

/** Real SQLite whose compactions take at least 2 ms, like a busy disk. */
class SlowCompaction extends SqliteStore {
  compactions = 0;
  override compact(...args: Parameters<SqliteStore['compact']>): Promise<number> {
    this.compactions++;
    const until = performance.now() + 2;
    while (performance.now() < until) {
      /* busy: the event loop is blocked, as by a real compaction */
    }
    return super.compact(...args);
  }
}

describe('RoomManager', () => {
  it('a sweep compacts only what fits in its time budget; the next sweeps do the rest', async () => {
    const storage = new SlowCompaction(tempDataDir());
    const deps = roomDeps(storage);
    const limits = { ...DEFAULT_LIMITS, compactAfterUpdates: 3 };
    const rooms = new RoomManager({ ...deps, limits });
    const writer = fakePeer(1);
    for (let r = 0; r < 40; r++) {
      const room = await rooms.acquire(`room-${r}`);
      room.join(writer);
      const doc = new Y.Doc();
      for (let i = 0; i < 3; i++) {
        const before = Y.encodeStateVector(doc);
        doc.getMap('m').set(`k${i}`, i);
        room.handle(writer, parseMessage(encodeUpdate(Y.encodeStateAsUpdate(doc, before))));
      }
    }
    await deps.commits.drain();
    await rooms.sweep();
    // 8 ms budget, ≥ 2 ms per compaction: never more than 5 in one sweep
    expect(storage.compactions).toBeGreaterThan(0);
    expect(storage.compactions).toBeLessThanOrEqual(5);
    for (let i = 0; i < 40 && storage.compactions < 40; i++) await rooms.sweep();
    expect(storage.compactions).toBe(40);
    for (let r = 0; r < 40; r++) expect(rooms.get(`room-${r}`)!.storedRows).toBe(1);
    await rooms.closeAll();
    await storage.close();
  });
});
