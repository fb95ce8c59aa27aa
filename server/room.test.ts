// Room and RelayServer in-process: storage failure handling, cold rooms served from the
// stored row, and several instances side by side.
import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { loadConfig } from './config';
import { encodeStep1, encodeUpdate, parseMessage } from './protocol';
import type { ClientMessage } from './protocol';
import { RelayServer } from './relay';
import { Room } from './room';
import { applyFrames, fakePeer, roomDeps } from './roomTesting';
import { SqliteStore } from './store/sqlite';
import type { NewRow } from './store/types';
import { client, synced, tempDataDir, waitFor } from './testing';

const log = pino({ level: 'silent' });

/** Real SQLite whose commits can be made to fail, as a full disk would. */
class FlakyStorage extends SqliteStore {
  failing = false;
  override appendBatch(rows: readonly NewRow[]): Promise<number[]> {
    if (this.failing) return Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
    return super.appendBatch(rows);
  }
}

function updateMessage(fill: (doc: Y.Doc) => void): ClientMessage {
  const doc = new Y.Doc();
  fill(doc);
  return parseMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)));
}

const step1 = (doc: Y.Doc) => parseMessage(encodeStep1(Y.encodeStateVector(doc)));

describe('Room', () => {
  it("a failed commit reaches nobody, memory goes back to disk, the room's peers resync", async () => {
    const storage = new FlakyStorage(tempDataDir());
    const deps = roomDeps(storage);
    const room = await Room.open('r', deps);
    const a = fakePeer(1);
    const b = fakePeer(2);
    room.join(a);
    room.join(b);
    const greeting = b.frames.length;
    room.handle(
      a,
      updateMessage((d) => d.getMap('m').set('kept', 1)),
    );
    await deps.commits.drain();
    expect(b.frames.length).toBe(greeting + 1);
    storage.failing = true;
    room.handle(
      a,
      updateMessage((d) => d.getMap('m').set('lost', 1)),
    );
    room.handle(b, step1(new Y.Doc())); // its answer would carry "lost": must not go out
    await deps.commits.drain();
    expect(b.frames.length).toBe(greeting + 1); // nothing forwarded, no answer
    for (const p of [a, b])
      expect(p.rejections).toEqual([{ reason: 'storage_failure', code: CloseCode.internalError }]);
    expect(room.doc.getMap('m').toJSON()).toEqual({ kept: 1 }); // memory equals disk again
    expect(deps.metrics.storageErrors.get()).toBe(1);
    storage.failing = false;
    const reloaded = await Room.open('r', deps);
    expect(reloaded.doc.getMap('m').toJSON()).toEqual({ kept: 1 });
    room.destroy();
    reloaded.destroy();
    await storage.close();
  });

  it('a compacted room answers a new client from the stored row, building no Y.Doc', async () => {
    const deps = roomDeps();
    const first = await Room.open('cold', deps);
    const writer = fakePeer(1);
    first.join(writer);
    for (let i = 0; i < 3; i++)
      first.handle(
        writer,
        updateMessage((d) => d.getMap('m').set(`k${i}`, i)),
      );
    await first.compact();
    first.destroy();

    const room = await Room.open('cold', deps);
    expect(room.docLoaded).toBe(false);
    const reader = fakePeer(2);
    const replica = new Y.Doc();
    room.join(reader);
    room.handle(reader, step1(replica));
    // the stock client's routine answer to our step 1: an update with nothing in it
    room.handle(reader, parseMessage(encodeUpdate(Y.encodeStateAsUpdate(replica))));
    applyFrames(replica, reader.frames);
    expect(replica.getMap('m').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2 });
    expect(room.docLoaded).toBe(false);

    // a client that already has part of the document, and an edit, need the Y.Doc
    const partial = fakePeer(3);
    room.join(partial);
    room.handle(partial, step1(replica));
    expect(room.docLoaded).toBe(true);
    room.handle(
      reader,
      updateMessage((d) => d.getMap('m').set('new', 1)),
    );
    await deps.commits.drain();
    const other = new Y.Doc();
    applyFrames(other, partial.frames);
    expect(other.getMap('m').get('new')).toBe(1);
    room.destroy();
  });
});

describe('RelayServer', () => {
  const relays: RelayServer[] = [];
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });

  it('runs as several independent instances in one process', async () => {
    const make = async () => {
      const config = loadConfig({ PORT: '0', DATA_DIR: tempDataDir(), DIST_DIR: '' });
      const relay = new RelayServer(config, { log });
      relays.push(relay);
      const port = await relay.listen();
      return { relay, ws: `ws://127.0.0.1:${port}`, token: config.adminToken };
    };
    const [one, two] = await Promise.all([make(), make()]);
    expect(one.relay.port).not.toBe(two.relay.port);
    const a = client(one, 'same-id', one.token);
    const b = client(two, 'same-id', two.token);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('m').set('only', 'one');
    const a2 = client(one, 'same-id', one.token);
    await synced(a2);
    await waitFor(() => a2.doc.getMap('m').get('only') === 'one');
    expect(b.doc.getMap('m').size).toBe(0);
    expect(one.relay.metrics.render()).toMatch(/^journeyboard_connections 2$/m);
    expect(two.relay.metrics.render()).toMatch(/^journeyboard_connections 1$/m);
    for (const c of [a, a2, b]) c.destroy();
  });
});
