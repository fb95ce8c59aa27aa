// Revoking ONE share link holds on every relay of a PostgreSQL cluster: the link is
// refused everywhere and its sockets on the other relay are closed; other links live on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterRelay } from './clusterTesting';
import { startPostgres } from './pgTesting';
import { stoppedAfterEach } from './startedTesting';
import type { PostgresServer } from './pgTesting';
import { client, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let pg: PostgresServer;
const { relays, clients } = stoppedAfterEach();

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());

function open(r: RelayProcess, mapId: string, token: string): TestClient {
  const c = client(r, mapId, token);
  clients.push(c);
  return c;
}

async function share(r: RelayProcess, role: string): Promise<{ id: string; token: string }> {
  const res = await fetch(`${r.http}/api/maps/shared/share`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${r.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  return (await res.json()) as { id: string; token: string };
}

describe('revoking one link on a cluster', () => {
  it('closes its sockets on the other relay and refuses it there', async () => {
    const url = pg.createDatabase('links_cluster');
    relays.push(await clusterRelay(url));
    relays.push(await clusterRelay(url));
    const [a, b] = relays as [RelayProcess, RelayProcess];
    const gone = await share(a, 'edit');
    const kept = await share(a, 'comment');
    const onB = open(b, 'shared', gone.token);
    const keptOnB = open(b, 'shared', kept.token);
    await Promise.all([synced(onB), synced(keptOnB)]);
    const res = await fetch(`${a.http}/api/links/${gone.id}/revoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${a.adminToken}` },
    });
    expect(res.status).toBe(200);
    await waitFor(() => onB.closes.some((c) => c.code === 4401), 10_000, 'closed on relay b');
    expect(keptOnB.closes).toEqual([]);
    const retry = open(b, 'shared', gone.token);
    await waitFor(() => retry.closes.some((c) => c.code === 4401), 10_000, 'refused on b');
    const listed = await fetch(`${b.http}/api/maps/shared/links`, {
      headers: { Authorization: `Bearer ${b.adminToken}` },
    });
    expect(((await listed.json()) as { links: { id: string }[] }).links.map((l) => l.id)).toEqual([
      kept.id,
    ]);
  });
});
