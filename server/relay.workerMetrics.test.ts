// Per-worker metrics (workerMetrics.ts): each room worker measures its own event loop
// and the wall time its frames took; /metrics shows them labelled by worker, and a flood
// moves only its own worker's series.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeUpdate } from './protocol';
import { expensiveUpdate, FLOOD_ENV } from './floodTesting';
import { shardOf } from './shards';
import { client, rawSocket, startRelay, synced, waitFor } from './testing';
import type { RelayProcess, TestClient } from './testing';

let relays: RelayProcess[] = [];
let clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await Promise.all(relays.map((r) => r.stop('SIGKILL')));
  relays = [];
});

async function series(http: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${http}/metrics`)).text();
  const out = new Map<string, number>();
  for (const m of text.matchAll(/^(journeyboard_worker_\S+) (\S+)$/gm))
    out.set(m[1]!, Number(m[2]));
  return out;
}

const U = (w: number) => `journeyboard_worker_event_loop_utilization{worker="${w}"}`;
const MAX = (w: number) => `journeyboard_worker_event_loop_delay_seconds_max{worker="${w}"}`;
const WORK = (w: number) => `journeyboard_worker_work_seconds_total{worker="${w}"}`;

describe('per-worker metrics', () => {
  it("each worker's loop utilisation, delay and work time; a flood moves only its worker's", async () => {
    const r = await startRelay({
      env: FLOOD_ENV,
    });
    relays.push(r);
    const flooded = 'flooded';
    const busy = shardOf(flooded, 2);
    const calm = 1 - busy;
    const c = client(r, flooded, r.adminToken);
    clients.push(c);
    await synced(c, 30_000); // workers start slowly on a busy machine
    // every worker reports once a second, also when idle (workers start slowly on a busy machine)
    await waitFor(
      async () => {
        const now = await series(r.http);
        return now.has(U(calm)) && now.has(U(busy));
      },
      30_000,
      'the series of both workers',
    );
    const idle = await series(r.http);
    for (const w of [0, 1])
      for (const name of [U(w), MAX(w), WORK(w)]) expect(idle.get(name)).toBeGreaterThanOrEqual(0);
    expect(idle.get(U(busy))).toBeLessThan(1);

    // made before the watcher starts: building it blocks this process for seconds, long
    // enough for the relay to close the watcher's idle keep-alive connection under it
    const flood = encodeUpdate(expensiveUpdate(120_000));
    const flooder = rawSocket(`${r.ws}/sync/${flooded}?t=${r.adminToken}`);
    await flooder.opened;
    // the utilisation of a second: watched all along, its busiest value kept
    let peak = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) peak = Math.max(peak, (await series(r.http)).get(U(busy)) ?? 0);
    })();
    flooder.ws.send(flood);
    await waitFor(() => c.doc.getMap('flood').size === 120_000, 60_000, 'the flood applied');

    let after = new Map<string, number>();
    await waitFor(
      async () => ((after = await series(r.http)).get(WORK(busy)) ?? 0) > 0.1,
      10_000,
      "the flooded worker's work time",
    );
    // the flooded worker's own loop stalled; the other's did not, and did no such work
    expect(after.get(MAX(busy))).toBeGreaterThan(0.1);
    expect(after.get(MAX(busy))).toBeGreaterThan(after.get(MAX(calm))!);
    expect(after.get(WORK(calm))).toBeLessThan(after.get(WORK(busy))!);
    await waitFor(() => peak > 0.5, 10_000, 'the flooded worker busy for most of a second');
    watching = false;
    await watcher;
    flooder.ws.close();
  }, 120_000);
});
