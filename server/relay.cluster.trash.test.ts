// The trash flag on several relays (one real PostgreSQL): a map trashed through one relay
// is in the trash on every relay, and restoring it through another takes it out on all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMapDoc } from '../src/doc';
import { parseMapFile } from '../src/model/parseMapFile';
import { clusterRelay } from './clusterTesting';
import { startPostgres } from './pgTesting';
import type { PostgresServer } from './pgTesting';
import { client, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let pg: PostgresServer;
const relays: RelayProcess[] = [];
const clients: TestClient[] = [];
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all(relays.map((r) => r.stop('SIGKILL')));
  pg?.stop();
});

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));

interface Row {
  id: string;
  trashed: boolean;
  trashedAt?: string;
}

async function listed(r: RelayProcess): Promise<Row[]> {
  const res = await fetch(`${r.http}/api/maps`, {
    headers: { Authorization: `Bearer ${r.adminToken}` },
  });
  if (res.status !== 200) return [];
  return ((await res.json()) as { maps: Row[] }).maps;
}

const post = (r: RelayProcess, path: string) =>
  fetch(`${r.http}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${r.adminToken}` },
  });

describe('trash with several relays', () => {
  it('trash on relay 1 shows on relay 2; restore on relay 2 shows on relay 1', async () => {
    const url = pg.createDatabase('trash');
    relays.push(await clusterRelay(url));
    relays.push(await clusterRelay(url));
    const [r1, r2] = relays as [RelayProcess, RelayProcess];
    const parsed = parseMapFile(
      readFileSync(join(FIXTURES, 'kfz-versicherung.journey.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('fixture invalid');
    const map = parsed.map;
    const writer = client(r1, map.id, r1.adminToken);
    clients.push(writer);
    await synced(writer);
    createMapDoc(map, writer.doc);
    const row = async (r: RelayProcess) => (await listed(r)).find((m) => m.id === map.id);
    await waitFor(async () => (await row(r1)) !== undefined, 15_000, 'listed on relay 1');
    await waitFor(async () => (await row(r2)) !== undefined, 15_000, 'listed on relay 2');
    expect((await row(r2))!.trashed).toBe(false);

    expect((await post(r1, `/api/maps/${map.id}/trash`)).status).toBe(200);
    const on2 = await row(r2);
    expect(on2!.trashed).toBe(true);
    expect(on2!.trashedAt).toBe((await row(r1))!.trashedAt);
    // the single-map read agrees too
    const one = await fetch(`${r2.http}/api/maps/${map.id}`, {
      headers: { Authorization: `Bearer ${r2.adminToken}` },
    });
    expect(((await one.json()) as Row).trashed).toBe(true);

    expect((await post(r2, `/api/maps/${map.id}/restore`)).status).toBe(200);
    expect((await row(r1))!.trashed).toBe(false);
    expect((await row(r2))!.trashed).toBe(false);
  });
});
