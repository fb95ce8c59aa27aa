// GET /api/insights with the rooms in worker threads (shards.ts) on PostgreSQL: a report
// waits for the commits every worker still has in flight, not just the relay thread's.
// The test holds the map's room row locked, so the worker that accepted an edit cannot
// commit it; the report asked for meanwhile must wait for that commit and include it
// (answering from storage as it was would leave the accepted edit out).
import { request } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCardText } from '../src/doc';
import type { PainPointRow } from '../src/model/insights';
import { clusterRelay } from './clusterTesting';
import { startPostgres } from './pgTesting';
import type { PostgresServer } from './pgTesting';
import { KFZ, pushFixture } from './pushTesting';
import { client, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let server: PostgresServer;
let relay: RelayProcess;
let writer: TestClient;
let db: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  const url = server.createDatabase('insights_workers');
  relay = await clusterRelay(url, { RELAY_WORKERS: '2' });
  await pushFixture(relay, 'kfz-versicherung');
  writer = client(relay, KFZ, relay.adminToken);
  await synced(writer, 30_000);
  db = new pg.Client({ connectionString: url });
  await db.connect();
}, 90_000);
afterAll(async () => {
  writer?.destroy();
  await db?.end();
  await relay?.stop('SIGKILL');
  server?.stop();
});

/** The pain-point report: `sent` once the request is written, `rows` with the answer. */
function report(): { sent: Promise<void>; rows: Promise<PainPointRow[]> } {
  let written: () => void = () => {};
  const sent = new Promise<void>((r) => (written = r));
  const rows = new Promise<PainPointRow[]>((resolve, reject) => {
    const req = request(
      `${relay.http}/api/insights?kind=painPoints`,
      { headers: { Authorization: `Bearer ${relay.adminToken}` }, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(JSON.parse(body) as PainPointRow[])
            : reject(new Error(`insights ${res.statusCode}: ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.on('finish', () => written());
    req.end();
  });
  return { sent, rows };
}

/** Whether a statement of the relay waits for a lock (the worker's commit, held up by us). */
async function commitBlocked(): Promise<boolean> {
  // asked inside our transaction: PostgreSQL keeps the first pg_stat_activity snapshot
  // until it ends, so a commit that began waiting after the first look was never seen
  await db.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await db.query(
    `SELECT 1 FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND query LIKE '%journeyboard_rooms%' AND pid <> pg_backend_pid()`,
  );
  return rows.length > 0;
}

describe('GET /api/insights with rooms in workers', () => {
  it("waits for a worker's commit in flight and includes the accepted edit", async () => {
    const first = await report().rows;
    const card = first.find((r) => r.mapId === KFZ)!;
    expect(card).toBeDefined();

    await db.query('BEGIN');
    await db.query('SELECT 1 FROM journeyboard_rooms WHERE room = $1 FOR UPDATE', [KFZ]);
    let asked: ReturnType<typeof report> | null = null;
    try {
      setCardText(writer.doc, card.cardId, 'Edited while the report was asked for');
      // the worker accepted the edit and its commit waits for our lock
      await waitFor(commitBlocked, 60_000, "the worker's commit waiting").catch((err: Error) => {
        throw new Error(`${err.message}; relay said:\n${relay.output().slice(-3000)}`);
      });
      asked = report();
      await asked.sent;
      // the relay took the report request before this one (sent later, new connection)
      expect((await fetch(`${relay.http}/healthz`)).status).toBe(200);
    } finally {
      await db.query('ROLLBACK');
    }
    const rows = await asked!.rows;
    expect(rows.find((r) => r.cardId === card.cardId)?.text).toBe(
      'Edited while the report was asked for',
    );
  }, 120_000);
});
