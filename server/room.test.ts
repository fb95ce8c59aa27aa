// Room and RelayServer in-process: storage failure handling and several instances side by side.
import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import * as Y from 'yjs';
import { loadConfig } from './config';
import { RelayMetrics } from './metrics';
import { encodeUpdate, parseMessage } from './protocol';
import type { ClientMessage } from './protocol';
import { RelayServer } from './relay';
import { Room, StorageFailure } from './room';
import type { Peer } from './room';
import { RoomStorage } from './storage';
import { client, synced, tempDataDir, waitFor } from './testing';

const log = pino({ level: 'silent' });

/** Real SQLite whose appends can be made to fail, as a full disk would. */
class FlakyStorage extends RoomStorage {
  failing = false;
  override append(room: string, update: Uint8Array): number {
    if (this.failing) throw new Error('SQLITE_FULL: database or disk is full');
    return super.append(room, update);
  }
}

function peer(id: number): Peer & { frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  return { id, role: 'edit', awarenessIds: new Set(), frames, send: (f) => frames.push(f) };
}

function updateMessage(fill: (doc: Y.Doc) => void): ClientMessage {
  const doc = new Y.Doc();
  fill(doc);
  return parseMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)));
}

describe('Room', () => {
  it('a failed storage write is not forwarded and is dropped from memory', () => {
    const storage = new FlakyStorage(tempDataDir());
    const metrics = new RelayMetrics(() => ({ connections: 0, rooms: 0 }));
    const room = new Room('r', { storage, metrics, log, maxDocBytes: 1 << 20 });
    const a = peer(1);
    const b = peer(2);
    room.join(a);
    room.join(b);
    const greeting = b.frames.length;
    room.handle(
      a,
      updateMessage((d) => d.getMap('m').set('kept', 1)),
    );
    expect(b.frames.length).toBe(greeting + 1);
    storage.failing = true;
    expect(() =>
      room.handle(
        a,
        updateMessage((d) => d.getMap('m').set('lost', 1)),
      ),
    ).toThrow(StorageFailure);
    expect(b.frames.length).toBe(greeting + 1); // nothing forwarded
    expect(room.doc.getMap('m').toJSON()).toEqual({ kept: 1 }); // memory equals disk again
    expect(metrics.storageErrors.get()).toBe(1);
    storage.failing = false;
    const reloaded = new Room('r', { storage, metrics, log, maxDocBytes: 1 << 20 });
    expect(reloaded.doc.getMap('m').toJSON()).toEqual({ kept: 1 });
    room.destroy();
    reloaded.destroy();
    storage.close();
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
