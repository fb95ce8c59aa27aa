/**
 * A relay that fell behind catches up from the log: relay 2 loses its way to PostgreSQL
 * (its pool and its LISTEN connection, cut at a TCP proxy) while a writer on relay 1
 * keeps committing, so relay 2 never hears those notifications. Once it reaches the
 * database again it reports healthy and its reader gets every row committed meanwhile
 * (read by seq), then edits flow as before. Real PostgreSQL, two relay processes, stock
 * clients.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clusterRelay, tcpProxy } from './clusterTesting';
import type { Proxy } from './clusterTesting';
import { startPostgres } from './pgTesting';
import type { PostgresServer } from './pgTesting';
import { client, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let pg: PostgresServer;
let databases = 0;
const started: { relays: RelayProcess[]; clients: TestClient[]; proxies: Proxy[] } = {
  relays: [],
  clients: [],
  proxies: [],
};

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());
afterEach(async () => {
  for (const c of started.clients.splice(0)) c.destroy();
  await Promise.all(started.proxies.splice(0).map((p) => p.close()));
  await Promise.all(started.relays.splice(0).map((r) => r.stop('SIGKILL')));
});

const health = async (r: RelayProcess) => (await fetch(`${r.http}/healthz`)).status;

describe.each(['0', '2'])('a relay that fell behind, RELAY_WORKERS=%s', (workers) => {
  it('catches up from the log once it reaches PostgreSQL again', async () => {
    const url = pg.createDatabase(`behind_${++databases}`);
    let down = false;
    const proxy = await tcpProxy(() => (down ? [] : [pg.port]));
    started.proxies.push(proxy);
    const env = { RELAY_WORKERS: workers };
    const r1 = await clusterRelay(url, env);
    const r2 = await clusterRelay(url.replace(`:${pg.port}/`, `:${proxy.port}/`), env);
    started.relays.push(r1, r2);
    const writer = client(r1, 'behind', r1.adminToken);
    const reader = client(r2, 'behind', r2.adminToken);
    started.clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);
    const m = writer.doc.getMap<number>('m');
    m.set('before', 1);
    await waitFor(() => reader.doc.getMap('m').get('before') === 1, 10_000, 'before the cut');

    down = true;
    proxy.dropAll();
    await waitFor(async () => (await health(r2)) === 503, 15_000, 'relay 2 unhealthy');
    for (let i = 0; i < 20; i++) m.set(`during-${i}`, i);
    // relay 1 stores and forwards them meanwhile: its own reader proves they are committed
    const witness = client(r1, 'behind', r1.adminToken);
    started.clients.push(witness);
    await waitFor(() => witness.doc.getMap('m').size === 21, 10_000, 'committed on relay 1');
    expect(reader.doc.getMap('m').has('during-0')).toBe(false);

    down = false;
    await waitFor(async () => (await health(r2)) === 200, 20_000, 'relay 2 healthy again');
    await waitFor(() => reader.doc.getMap('m').size === 21, 20_000, 'the rows it missed');
    m.set('after', 2);
    await waitFor(() => reader.doc.getMap('m').get('after') === 2, 10_000, 'after');
  }, 90_000);
});
