// Rooms in worker threads (shards.ts): a map flooded with an expensive update holds up
// only its own worker — another worker's map keeps exchanging edits while the flood is
// still being applied (its row is not stored yet) — and a worker that dies is started
// again: its clients reconnect and lose nothing that was committed.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { createLogger } from './log';
import { encodeUpdate } from './protocol';
import { RelayServer } from './relay';
import { expensiveUpdate, FLOOD_ENV, metric, twoShards } from './floodTesting';
import { shardOf } from './shards';
import { client, rawSocket, startRelay, synced, tempDataDir, waitFor } from './testing';
import type { TestClient } from './testing';
import { stoppedAfterEach } from './startedTesting';

const started = stoppedAfterEach();
const inProcess: RelayServer[] = [];
afterEach(async () => {
  for (const c of started.clients.splice(0)) c.destroy();
  await Promise.all(inProcess.splice(0).map((r) => r.close()));
});

describe('rooms in worker threads', () => {
  it("a map's edits go on while another worker still applies a flood frame", async () => {
    const [flooded, calm] = twoShards();
    const r = await startRelay({
      env: FLOOD_ENV,
    });
    started.relays.push(r);
    const a = client(r, calm, r.adminToken);
    const b = client(r, calm, r.adminToken);
    started.clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    const flooder = rawSocket(`${r.ws}/sync/${flooded}?t=${r.adminToken}`);
    await flooder.opened;

    const frame = encodeUpdate(expensiveUpdate(120_000));
    const before = await metric(r.http, 'journeyboard_bytes_in_total');
    flooder.ws.send(frame);
    // the relay thread has the frame (and answers HTTP while the worker applies it)
    await waitFor(
      async () => (await metric(r.http, 'journeyboard_bytes_in_total')) >= before + frame.length,
      20_000,
      'the flood frame at the relay',
    );
    a.doc.getMap('m').set('during', 'flood');
    await waitFor(() => b.doc.getMap('m').get('during') === 'flood', 20_000, 'the calm map');

    // at that moment the flood was not yet stored (it is, and only then forwarded, later)
    const db = new Database(join(r.dataDir, 'relay.sqlite'), { readonly: true });
    const rows = () =>
      (db.prepare('SELECT count(*) AS n FROM updates WHERE room = ?').get(flooded) as { n: number })
        .n;
    try {
      expect(rows()).toBe(0);
      expect((await fetch(`${r.http}/healthz`)).status).toBe(200);
      await waitFor(() => rows() > 0, 60_000, 'the flood stored');
    } finally {
      db.close();
    }
    // the workers' counters and commit timings reach /metrics of the relay thread
    expect(await metric(r.http, 'journeyboard_storage_commits_total')).toBeGreaterThanOrEqual(2);
    expect(await metric(r.http, 'journeyboard_storage_write_seconds_count')).toBeGreaterThan(0);
    flooder.ws.close();
  }, 120_000);

  it('a worker that dies is started again; its clients reconnect and lose nothing committed', async () => {
    const [hit, other] = twoShards();
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: tempDataDir(),
      DIST_DIR: '',
      RELAY_WORKERS: '2',
    });
    const relay = new RelayServer(config, { log: createLogger('silent', null) });
    inProcess.push(relay);
    const port = await relay.listen();
    const at = { ws: `ws://127.0.0.1:${port}` };
    const open = (map: string): TestClient => {
      const c = client(at, map, config.adminToken);
      started.clients.push(c);
      return c;
    };
    const [a, b, c] = [open(hit), open(hit), open(other)];
    await Promise.all([a, b, c].map((x) => synced(x)));
    for (let i = 0; i < 20; i++) a.doc.getMap('m').set(`before-${i}`, i);
    await waitFor(() => b.doc.getMap('m').size === 20, 10_000, 'edits before the crash');

    await relay.shards!.kill(shardOf(hit, 2));
    await waitFor(() => a.closes.length > 0 && b.closes.length > 0, 10_000, 'sockets closed');
    expect(a.closes[0]!.code).toBe(1011); // transient: the stock client reconnects
    await Promise.all([a, b].map((x) => waitFor(() => x.provider.wsconnected, 10_000, 'back')));
    a.doc.getMap('m').set('after', 'restart');
    await waitFor(() => b.doc.getMap('m').get('after') === 'restart', 10_000, 'edit after');

    const late = open(hit);
    await synced(late);
    await waitFor(() => late.doc.getMap('m').size === 21, 10_000, 'everything, from storage');
    expect(c.closes).toEqual([]); // the other worker's map never noticed
  }, 60_000);
});
