// Real relay child process + stock y-websocket clients: convergence and durability.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rawSocket, synced, waitFor } from './testing';
import { relayPool } from './relayPool';

const { relay, open, closeClients } = relayPool();

describe('relay sync', () => {
  it('two stock clients converge, including concurrent edits and text', async () => {
    const r = await relay();
    const a = open(r, 'map-1');
    const b = open(r, 'map-1');
    await Promise.all([synced(a), synced(b)]);
    a.doc.getText('t').insert(0, 'hello');
    b.doc.getMap('m').set('b', 1);
    a.doc.getMap('m').set('a', 2);
    b.doc.getText('t').insert(0, 'world ');
    await waitFor(
      () =>
        a.doc.getText('t').length === 11 &&
        b.doc.getText('t').length === 11 &&
        b.doc.getMap('m').size === 2 &&
        a.doc.getMap('m').size === 2,
      10_000,
      'convergence',
    );
    expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc));
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString());
  });

  it('a late joiner after a restart gets everything from SQLite, and rooms get compacted', async () => {
    const r1 = await relay({ env: { COMPACT_AFTER_UPDATES: '20', ROOM_IDLE_MS: '200' } });
    const dataDir = r1.dataDir;
    const a = open(r1, 'room-a');
    await synced(a);
    for (let i = 0; i < 60; i++) a.doc.getMap('m').set(`k${i}`, i);
    a.doc.getText('t').insert(0, 'persisted');
    const b = open(r1, 'room-a');
    await synced(b);
    await waitFor(() => b.doc.getMap('m').size === 60 && b.doc.getText('t').length === 9);
    closeClients();
    // idle unload compacts: wait for it, then stop gracefully
    await new Promise((res) => setTimeout(res, 1500));
    expect(await r1.stop('SIGTERM')).toBe(0);
    const db = new Database(join(dataDir, 'relay.sqlite'), { readonly: true });
    const rows = db.prepare("SELECT count(*) AS n FROM updates WHERE room = 'room-a'").get() as {
      n: number;
    };
    db.close();
    expect(rows.n).toBe(1);

    const r2 = await relay({ dataDir });
    const late = open(r2, 'room-a');
    await synced(late);
    expect(late.doc.getMap('m').toJSON()).toEqual(
      Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])),
    );
    expect(late.doc.getText('t').toString()).toBe('persisted');
  });

  it('a big compacted room is served to a stock client from its stored row after a restart', async () => {
    const r1 = await relay({ env: { ROOM_IDLE_MS: '200' } });
    const a = open(r1, 'big-room');
    await synced(a);
    // ~300 KB of text: the sync step 2 goes out in pieces (WebSocket fragments)
    const text = 'Kundenreise Übersicht '.repeat(14_000);
    a.doc.getText('t').insert(0, text);
    a.doc.getMap('m').set('k', 1);
    const b = open(r1, 'big-room');
    await synced(b);
    await waitFor(() => b.doc.getMap('m').get('k') === 1, 10_000, 'the edit to reach others');
    closeClients();
    await new Promise((res) => setTimeout(res, 1500)); // idle unload compacts into one row
    expect(await r1.stop('SIGTERM')).toBe(0);

    const r2 = await relay({ dataDir: r1.dataDir, env: { LOG_LEVEL: 'info' } });
    const late = open(r2, 'big-room');
    await synced(late);
    expect(late.doc.getText('t').toString()).toBe(text);
    expect(late.doc.getMap('m').get('k')).toBe(1);
    // answered without decoding the room: the relay has not built its Y.Doc yet
    await waitFor(() => /room loaded/.test(r2.output()), 5000, 'the log line');
    expect(r2.output()).toMatch(/"doc":false[^\n]*"msg":"room loaded"/);
    expect(r2.output()).not.toMatch(/room document built/);
    // an edit needs the document: it is built then, and the edit still reaches others
    const other = open(r2, 'big-room');
    await synced(other);
    late.doc.getMap('m').set('k', 2);
    await waitFor(() => other.doc.getMap('m').get('k') === 2, 10_000, 'edit after a cold load');
    expect(r2.output()).toMatch(/room document built/);
  });

  it.each(['normal', 'full'])(
    'SIGKILL mid-stream then restart loses nothing any client received (STORAGE_SYNC=%s)',
    async (mode) => {
      const r1 = await relay({ env: { STORAGE_SYNC: mode } });
      const writer = open(r1, 'stream');
      const reader = open(r1, 'stream');
      await Promise.all([synced(writer), synced(reader)]);
      let i = 0;
      const pump = setInterval(() => {
        for (let k = 0; k < 5; k++) writer.doc.getMap('m').set(`e${i++}`, i);
      }, 2);
      await waitFor(() => reader.doc.getMap('m').size > 300, 15_000, 'reader to see 300 edits');
      await r1.stop('SIGKILL');
      clearInterval(pump);
      // what the reader saw at the moment the relay died; then no client may re-upload it
      const seen = reader.doc.getMap('m').toJSON();
      closeClients();
      expect(Object.keys(seen).length).toBeGreaterThan(300);

      const r2 = await relay({ dataDir: r1.dataDir });
      const fresh = open(r2, 'stream');
      await synced(fresh);
      const restored = fresh.doc.getMap('m').toJSON();
      for (const key of Object.keys(seen)) expect(restored[key], key).toBe(seen[key]);
    },
  );

  it('SIGTERM closes sockets with 1001 and exits 0', async () => {
    const r = await relay();
    const s = rawSocket(`${r.ws}/sync/bye?t=${r.adminToken}`);
    await s.opened;
    const [code, closed] = await Promise.all([r.stop('SIGTERM'), s.closed]);
    expect(code).toBe(0);
    expect(closed.code).toBe(1001);
  });

  it('forwards awareness and removes it when a peer leaves', async () => {
    const r = await relay();
    const a = open(r, 'aw');
    const b = open(r, 'aw');
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.user !== undefined,
      5000,
      'awareness',
    );
    a.provider.destroy();
    await waitFor(
      () => !b.provider.awareness.getStates().has(a.doc.clientID),
      5000,
      'awareness removal',
    );
  });
});
