// Group commit in-process: one SQLite transaction per event-loop turn, nothing sent before
// it, answers in order after it, one merged update per room and turn.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  encodeStep1,
  encodeStep2,
  encodeUpdate,
  parseMessage,
  SYNC_STEP2,
  SYNC_UPDATE,
} from './protocol';
import { Room } from './room';
import { applyFrames, fakePeer, roomDeps } from './roomTesting';
import { SqliteStore } from './store/sqlite';
import type { NewRow } from './store/types';
import { tempDataDir } from './testing';

/** Real SQLite that counts its transactions. */
class CountingStorage extends SqliteStore {
  readonly batches: number[] = [];
  override appendBatch(rows: readonly NewRow[]): Promise<number[]> {
    this.batches.push(rows.length);
    return super.appendBatch(rows);
  }
}

/** One client's edit as an update message, made on its own doc so it depends on nothing. */
function edit(doc: Y.Doc, key: string, value: number) {
  let update: Uint8Array | null = null;
  const grab = (u: Uint8Array) => (update = u);
  doc.on('update', grab);
  doc.getMap('m').set(key, value);
  doc.off('update', grab);
  return parseMessage(encodeUpdate(update!));
}

const kind = (frame: Uint8Array) => (frame[0] === 0 ? frame[1] : -1);

describe('CommitQueue', () => {
  it('stores the updates of one turn, across rooms, in ONE transaction before forwarding any', async () => {
    const storage = new CountingStorage(tempDataDir());
    const deps = roomDeps(storage);
    const [r1, r2] = await Promise.all([Room.open('one', deps), Room.open('two', deps)]);
    const [a, b, c, d] = [1, 2, 3, 4].map((id) => fakePeer(id));
    r1.join(a!);
    r1.join(b!);
    r2.join(c!);
    r2.join(d!);
    const greeted = b!.frames.length;
    const docA = new Y.Doc();
    const docC = new Y.Doc();
    r1.handle(a!, edit(docA, 'x', 1));
    r1.handle(a!, edit(docA, 'y', 2));
    r2.handle(c!, edit(docC, 'z', 3));
    expect(storage.batches).toEqual([]);
    expect(b!.frames.length).toBe(greeted); // nothing leaves before the commit
    await new Promise((resolve) => setImmediate(resolve)); // the end of the turn
    expect(storage.batches).toEqual([3]);
    expect(deps.metrics.storageCommits.get()).toBe(1);
    // a's two updates reach b as a sent them, in one corked write; nothing goes back to a
    expect(b!.frames.slice(greeted).map(kind)).toEqual([SYNC_UPDATE, SYNC_UPDATE]);
    expect(b!.sentCorked.slice(greeted)).toEqual([true, true]);
    expect(b!.corks()).toBe(0);
    expect(a!.frames.length).toBe(greeted);
    const replica = new Y.Doc();
    applyFrames(replica, b!.frames);
    expect(replica.getMap('m').toJSON()).toEqual({ x: 1, y: 2 });
    expect(d!.frames.slice(greeted).map(kind)).toEqual([SYNC_UPDATE]);
    // after a restart, all three are there
    for (const r of [r1, r2]) r.destroy();
    const again = await Room.open('one', deps);
    expect(again.doc.getMap('m').toJSON()).toEqual({ x: 1, y: 2 });
    again.destroy();
  });

  it('an answer to a step 1 sent after an update leaves after that update is stored', async () => {
    const storage = new CountingStorage(tempDataDir());
    const deps = roomDeps(storage);
    const room = await Room.open('order', deps);
    const a = fakePeer(1);
    room.join(a);
    const greeted = a.frames.length;
    const doc = new Y.Doc();
    room.handle(a, edit(doc, 'x', 1));
    room.handle(a, parseMessage(encodeStep1(Y.encodeStateVector(doc))));
    expect(a.frames.length).toBe(greeted);
    await deps.commits.drain();
    expect(storage.batches).toEqual([1]);
    expect(a.frames.slice(greeted).map(kind)).toEqual([SYNC_STEP2]);
    room.destroy();
  });

  it('a burst is forwarded merged; an update that came as a sync step 2 leaves as an update', async () => {
    const deps = roomDeps();
    const room = await Room.open('burst', deps);
    const [a, b] = [1, 2].map((id) => fakePeer(id));
    room.join(a!);
    room.join(b!);
    const greeted = b!.frames.length;
    const doc = new Y.Doc();
    for (let i = 0; i < 100; i++) room.handle(a!, edit(doc, `k${i}`, i));
    await deps.commits.drain();
    const burst = b!.frames.slice(greeted);
    expect(burst.length).toBeLessThan(5); // 100 updates, merged in chunks
    const replica = new Y.Doc();
    applyFrames(replica, burst);
    expect(replica.getMap('m').size).toBe(100);

    const other = new Y.Doc();
    other.getMap('m').set('via-step2', 1);
    room.handle(b!, parseMessage(encodeStep2(Y.encodeStateAsUpdate(other))));
    const plain = edit(other, 'plain', 2);
    room.handle(b!, plain);
    await deps.commits.drain();
    const got = a!.frames.slice(greeted);
    expect(got.map(kind)).toEqual([SYNC_UPDATE, SYNC_UPDATE]);
    // the plain update went out exactly as b sent it, not re-encoded
    expect(got[1]).toBe((plain as { frame: Uint8Array }).frame);
    room.destroy();
  });

  it('with several senders in a room, each gets the others’ updates and never its own', async () => {
    const deps = roomDeps();
    const room = await Room.open('many', deps);
    const [a, b, c] = [1, 2, 3].map((id) => fakePeer(id));
    for (const p of [a!, b!, c!]) room.join(p);
    const greeted = a!.frames.length;
    room.handle(a!, edit(new Y.Doc(), 'a', 1));
    room.handle(b!, edit(new Y.Doc(), 'b', 2));
    await deps.commits.drain();
    const seen = (p: ReturnType<typeof fakePeer>) => {
      const d = new Y.Doc();
      applyFrames(d, p.frames.slice(greeted));
      return d.getMap('m').toJSON();
    };
    expect(seen(a!)).toEqual({ b: 2 });
    expect(seen(b!)).toEqual({ a: 1 });
    expect(seen(c!)).toEqual({ a: 1, b: 2 });
    room.destroy();
  });
});
