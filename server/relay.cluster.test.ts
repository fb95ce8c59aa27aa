// Several relay processes on ONE real PostgreSQL, stock y-websocket clients on each:
// edits and presence cross relays, links and revocations hold on all, a killed relay loses
// nothing any client saw, and a PostgreSQL restart is survived without anyone's help —
// with the rooms in the relay thread and in worker threads (shards.ts) alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMapDoc } from '../src/doc';
import { parseMapFile } from '../src/model/parseMapFile';
import type { JourneyMap } from '../src/model/types';
import { clusterRelay, tcpProxy } from './clusterTesting';
import type { Proxy } from './clusterTesting';
import { startPostgres } from './pgTesting';
import type { PostgresServer } from './pgTesting';
import { client, shareToken, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let pg: PostgresServer;
let databases = 0;
let relays: RelayProcess[] = [];
let clients: TestClient[] = [];
let proxies: Proxy[] = [];

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await Promise.all(proxies.map((p) => p.close()));
  proxies = [];
  await Promise.all(relays.map((r) => r.stop('SIGKILL')));
  relays = [];
});

/** the variant of the describe below: rooms in the relay thread, or in 2 workers per relay */
let workers = '0';

async function cluster(n: number, env?: Record<string, string>): Promise<RelayProcess[]> {
  const url = pg.createDatabase(`cluster_${++databases}`);
  env = { RELAY_WORKERS: workers, ...env };
  const started: RelayProcess[] = [];
  // one after the other: the first creates the tables
  for (let i = 0; i < n; i++) started.push(await clusterRelay(url, env));
  relays.push(...started);
  return started;
}

function open(r: { ws: string }, mapId: string, token: string): TestClient {
  const c = client(r, mapId, token);
  clients.push(c);
  return c;
}

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
const fixture = (name: string): JourneyMap => {
  const parsed = parseMapFile(readFileSync(join(FIXTURES, `${name}.journey.json`), 'utf8'));
  if (!parsed.ok) throw new Error('fixture invalid');
  return parsed.map;
};

const health = async (r: RelayProcess) => (await fetch(`${r.http}/healthz`)).status;

describe.each(['0', '2'])('several relays on one PostgreSQL, RELAY_WORKERS=%s', (variant) => {
  beforeEach(() => {
    workers = variant;
  });
  it('edits and presence cross relays both ways; a late joiner on either gets everything', async () => {
    const [r1, r2] = await cluster(2);
    const a = open(r1!, 'shared', r1!.adminToken);
    const b = open(r2!, 'shared', r2!.adminToken);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('m').set('from-1', 1);
    await waitFor(() => b.doc.getMap('m').get('from-1') === 1, 10_000, 'relay 1 → relay 2');
    b.doc.getText('t').insert(0, 'from relay 2');
    await waitFor(() => a.doc.getText('t').toString() === 'from relay 2', 10_000, '2 → 1');

    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    await waitFor(
      () => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada',
      10_000,
      'presence across relays',
    );
    const metrics = await (await fetch(`${r2!.http}/metrics`)).text();
    expect(metrics).toMatch(/^journeyboard_remote_updates_total [1-9]/m);
    const late = open(r2!, 'shared', r2!.adminToken);
    await synced(late);
    await waitFor(() => late.doc.getMap('m').get('from-1') === 1, 10_000, 'late joiner');
    expect(late.doc.getText('t').toString()).toBe('from relay 2');
    // leaving removes the presence on the other relay too
    a.destroy();
    clients = clients.filter((c) => c !== a);
    await waitFor(
      () => !b.provider.awareness.getStates().has(a.doc.clientID),
      10_000,
      'presence removed across relays',
    );
  });

  it('a link made on one relay works on the other; revoking on one closes and refuses it on all', async () => {
    const [r1, r2] = await cluster(2);
    const link = await shareToken(r1!, 'linked', 'edit');
    const on2 = open(r2!, 'linked', link);
    const on1 = open(r1!, 'linked', link);
    await Promise.all([synced(on1), synced(on2)]);
    on2.doc.getMap('m').set('x', 1);
    await waitFor(() => on1.doc.getMap('m').get('x') === 1, 10_000, 'edit over the link');

    const res = await fetch(`${r2!.http}/api/maps/linked/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r2!.adminToken}` },
    });
    expect(res.status).toBe(200);
    await waitFor(
      () => on1.closes.some((c) => c.code === 4401) && on2.closes.some((c) => c.code === 4401),
      10_000,
      'both sockets closed with 4401',
    );
    const who = await fetch(`${r1!.http}/api/maps/linked/whoami?t=${encodeURIComponent(link)}`);
    expect(who.status).toBe(401);
  });

  it('workspace links and the catalog on PostgreSQL: one generation for all relays, rows follow edits made on another relay', async () => {
    const [r1, r2] = await cluster(2);
    const share = await fetch(`${r1!.http}/api/workspace/share`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r1!.adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'edit' }),
    });
    expect(share.status).toBe(200);
    const { token } = (await share.json()) as { token: string };
    const kfz = fixture('kfz-versicherung');
    const writer = open(r1!, kfz.id, r1!.adminToken);
    await synced(writer);
    createMapDoc(kfz, writer.doc);
    // the catalog of relay 2 derives the map written through relay 1 (bus commit events)
    const listed = async (r: RelayProcess) => {
      const res = await fetch(`${r.http}/api/maps`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (res.status !== 200) return [];
      return ((await res.json()) as { maps: { id: string; title: string }[] }).maps;
    };
    let rows: { id: string; title: string }[] = [];
    await waitFor(
      async () => (rows = await listed(r2!)).some((m) => m.id === kfz.id),
      15_000,
      'relay 2 lists the map written on relay 1',
    );
    expect(rows.find((m) => m.id === kfz.id)!.title).toBe(kfz.title);
    // relay 1 committed and derived the row; relay 2 adopted it without deriving it again
    const catalogRows = async (r: RelayProcess, source: string) =>
      Number(
        new RegExp(`^journeyboard_catalog_rows_total\\{source="${source}"\\} (\\d+)`, 'm').exec(
          await (await fetch(`${r.http}/metrics`)).text(),
        )?.[1] ?? 0,
      );
    expect(await catalogRows(r1!, 'derived')).toBeGreaterThan(0);
    expect(await catalogRows(r2!, 'adopted')).toBeGreaterThan(0);
    expect(await catalogRows(r2!, 'derived')).toBe(0);

    const on2 = open(r2!, kfz.id, token);
    await synced(on2);
    const revoke = await fetch(`${r1!.http}/api/workspace/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r1!.adminToken}` },
    });
    expect(revoke.status).toBe(200);
    await waitFor(() => on2.closes.some((c) => c.code === 4401), 10_000, 'closed on relay 2');
    expect((await fetch(`${r2!.http}/api/maps?t=${encodeURIComponent(token)}`)).status).toBe(401);
  });

  it('SIGKILL of one relay mid-write loses nothing any client saw; its clients move to the other', async () => {
    const [r1, r2] = await cluster(2);
    let alive = [r1!.port, r2!.port];
    const proxy = await tcpProxy(() => alive);
    proxies.push(proxy);
    const writer = open(proxy, 'stream', r1!.adminToken); // lands on relay 1
    const reader = open(r2!, 'stream', r2!.adminToken);
    await Promise.all([synced(writer), synced(reader)]);
    let i = 0;
    const pump = setInterval(() => {
      for (let k = 0; k < 5; k++) writer.doc.getMap('m').set(`e${i++}`, i);
    }, 2);
    await waitFor(() => reader.doc.getMap('m').size > 300, 20_000, 'reader to see 300 edits');
    await r1!.stop('SIGKILL');
    alive = [r2!.port];
    clearInterval(pump);
    // what the reader saw when relay 1 died: it came through PostgreSQL, so it is stored
    const seen = Object.keys(reader.doc.getMap('m').toJSON());
    const fresh = open(r2!, 'stream', r2!.adminToken);
    await synced(fresh);
    const stored = fresh.doc.getMap('m');
    expect(seen.every((k) => stored.has(k))).toBe(true);
    // the writer reconnects (to relay 2, behind the same address) and sends what it had left
    await waitFor(
      () => writer.provider.synced && writer.provider.wsconnected,
      20_000,
      'writer back',
    );
    await waitFor(() => reader.doc.getMap('m').size === i, 20_000, 'every edit of the writer');
    expect(await health(r2!)).toBe(200);
  });

  it('PostgreSQL restarting: writes refused, /healthz 503, then recovery by itself; the other relay catches up', async () => {
    const [r1, r2] = await cluster(2);
    const a = open(r1!, 'outage', r1!.adminToken);
    const b = open(r2!, 'outage', r2!.adminToken);
    await Promise.all([synced(a), synced(b)]);
    a.doc.getMap('m').set('before', 1);
    await waitFor(() => b.doc.getMap('m').get('before') === 1, 10_000, 'before the outage');

    pg.stopServer();
    try {
      await waitFor(async () => (await health(r1!)) === 503, 10_000, 'unhealthy');
      expect(await health(r2!)).toBe(503);
      // the client keeps editing locally; the relay cannot store it, so nobody gets it
      a.doc.getMap('m').set('during', 2);
      await waitFor(() => a.closes.some((c) => c.code === 1011), 10_000, 'write refused (1011)');
      expect(b.doc.getMap('m').has('during')).toBe(false);
      // links cannot be made meanwhile: a clear, retryable answer
      const share = await fetch(`${r2!.http}/api/maps/outage/share`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${r2!.adminToken}` },
        body: JSON.stringify({ role: 'edit' }),
      });
      expect(share.status).toBe(503);
      expect(await share.json()).toMatchObject({ error: 'unavailable' });
    } finally {
      pg.startServer();
    }
    await waitFor(async () => (await health(r1!)) === 200, 20_000, 'relay 1 healthy again');
    await waitFor(async () => (await health(r2!)) === 200, 20_000, 'relay 2 healthy again');
    await waitFor(() => b.doc.getMap('m').get('during') === 2, 20_000, 'the offline edit arrives');
    b.doc.getMap('m').set('after', 3);
    await waitFor(() => a.doc.getMap('m').get('after') === 3, 10_000, 'after the outage');
  });
});
