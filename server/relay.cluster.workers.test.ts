// Two relay processes on ONE real PostgreSQL, each with its rooms in 2 worker threads
// (shards.ts): maps on both workers exchange edits and presence across the relays, and
// while an edit link floods a map on one worker with expensive updates, a map on the
// other worker keeps exchanging edits between the relays — before the flood is stored.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clusterRelay } from './clusterTesting';
import { startPostgres } from './pgTesting';
import type { PostgresServer } from './pgTesting';
import { encodeUpdate } from './protocol';
import { expensiveUpdate, FLOOD_ENV, metric, twoShards } from './floodTesting';
import { client, rawSocket, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let server: PostgresServer;
let databases = 0;
let relays: RelayProcess[] = [];
let clients: TestClient[] = [];
let db: pg.Client | null = null;

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await db?.end();
  db = null;
  await Promise.all(relays.map((r) => r.stop('SIGKILL')));
  relays = [];
});

/** Two relays with 2 workers each on a fresh database, and a client of that database. */
async function twoRelays(): Promise<[RelayProcess, RelayProcess, pg.Client]> {
  const url = server.createDatabase(`workers_${++databases}`);
  const r1 = await clusterRelay(url, FLOOD_ENV); // the first creates the tables
  const r2 = await clusterRelay(url, FLOOD_ENV);
  relays.push(r1, r2);
  db = new pg.Client({ connectionString: url });
  await db.connect();
  return [r1, r2, db];
}

function open(r: { ws: string }, mapId: string, token: string): TestClient {
  const c = client(r, mapId, token);
  clients.push(c);
  return c;
}

describe('two relays on one PostgreSQL, rooms in 2 workers each', () => {
  it('maps on both workers exchange edits and presence across the relays', async () => {
    const [r1, r2] = await twoRelays();
    const maps = twoShards();
    for (const map of maps) {
      const a = open(r1, map, r1.adminToken);
      const b = open(r2, map, r2.adminToken);
      await Promise.all([synced(a, 30_000), synced(b, 30_000)]);
      a.doc.getMap('m').set('from-1', map);
      await waitFor(() => b.doc.getMap('m').get('from-1') === map, 10_000, `${map}: 1 → 2`);
      b.doc.getText('t').insert(0, `2 on ${map}`);
      await waitFor(() => a.doc.getText('t').toString() === `2 on ${map}`, 10_000, '2 → 1');
      b.provider.awareness.setLocalStateField('user', { name: `Bea ${map}` });
      await waitFor(
        () => a.provider.awareness.getStates().get(b.doc.clientID)?.user?.name === `Bea ${map}`,
        10_000,
        `${map}: presence 2 → 1`,
      );
      // a late joiner on relay 1 reads everything from the log
      const late = open(r1, map, r1.adminToken);
      await synced(late, 30_000);
      await waitFor(() => late.doc.getText('t').toString() === `2 on ${map}`, 10_000, 'late');
      expect(late.doc.getMap('m').get('from-1')).toBe(map);
    }
    // both relays' workers committed (their commits reach each relay's /metrics)
    for (const r of [r1, r2])
      expect(await metric(r.http, 'journeyboard_storage_commits_total')).toBeGreaterThan(0);
    expect(await metric(r2.http, 'journeyboard_remote_updates_total')).toBeGreaterThan(0);
  }, 90_000);

  it('a flood on one worker: the map on the other worker keeps exchanging edits across relays', async () => {
    const [r1, r2, sql] = await twoRelays();
    const [flooded, calm] = twoShards();
    const a = open(r1, calm, r1.adminToken);
    const b = open(r2, calm, r2.adminToken);
    const watcher = open(r2, flooded, r2.adminToken); // sees the flood once it is stored
    await Promise.all([a, b, watcher].map((c) => synced(c, 30_000)));
    const flooder = rawSocket(`${r1.ws}/sync/${flooded}?t=${r1.adminToken}`);
    await flooder.opened;
    const stored = async (room: string) =>
      Number(
        (
          await sql.query<{ n: string }>(
            'SELECT count(*) AS n FROM journeyboard_updates WHERE room = $1',
            [room],
          )
        ).rows[0]!.n,
      );

    const frame = encodeUpdate(expensiveUpdate(120_000));
    const before = await metric(r1.http, 'journeyboard_bytes_in_total');
    flooder.ws.send(frame);
    await waitFor(
      async () => (await metric(r1.http, 'journeyboard_bytes_in_total')) >= before + frame.length,
      20_000,
      'the flood frame at relay 1',
    );
    // while relay 1's other worker applies the flood, the calm map crosses both ways
    a.doc.getMap('m').set('during', 'flood');
    await waitFor(() => b.doc.getMap('m').get('during') === 'flood', 20_000, 'calm 1 → 2');
    b.doc.getMap('m').set('back', 'too');
    await waitFor(() => a.doc.getMap('m').get('back') === 'too', 20_000, 'calm 2 → 1');
    // …and all that happened before the flood was stored (it is, and only then forwarded)
    expect(await stored(flooded)).toBe(0);
    expect(watcher.doc.getMap('flood').size).toBe(0);
    expect((await fetch(`${r1.http}/healthz`)).status).toBe(200);
    await waitFor(async () => (await stored(flooded)) > 0, 60_000, 'the flood stored');
    await waitFor(() => watcher.doc.getMap('flood').size === 120_000, 60_000, 'flood on relay 2');
    flooder.ws.close();
  }, 180_000);
});
