/**
 * SIGKILL of a single relay (SQLite, rooms in worker threads) while a writer sends
 * bursts: everything a reader saw before the kill is on disk when the relay comes back
 * (nothing is forwarded before its commit, group commits included), and the reader never
 * got an update before one it depends on (order kept per map). Real relay processes,
 * stock y-websocket clients, real SQLite; the kill lands wherever the writer's bursts
 * are at that moment — in flight, applied, or committing.
 */
import { describe, expect, it } from 'vitest';
import { relayPool } from './relayPool';
import { synced, waitFor } from './testing';

const { relay, open, closeClients } = relayPool();

/** A turn's worth of single-update transactions: the relay commits them as one group. */
const BURST = 25;

describe('SIGKILL of the relay while a writer sends bursts', () => {
  it('a reader saw nothing that is not stored, and got every update in order', async () => {
    const r1 = await relay({ env: { RELAY_WORKERS: '2', RATE_LIMIT_BURST: '100000' } });
    const writer = open(r1, 'kill-map');
    const reader = open(r1, 'kill-map');
    await Promise.all([synced(writer), synced(reader)]);
    const list = writer.doc.getArray<number>('seq');
    const seen = reader.doc.getArray<number>('seq');
    // an update that came before one it depends on waits in pendingStructs
    let outOfOrder = 0;
    reader.doc.on('update', () => {
      if (reader.doc.store.pendingStructs !== null) outOfOrder++;
    });

    let next = 0;
    let killed = false;
    const writing = (async () => {
      while (!killed) {
        for (let k = 0; k < BURST; k++) list.push([next++]);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await waitFor(() => seen.length >= 10 * BURST, 30_000, 'the reader to see ten bursts');
    await r1.stop('SIGKILL');
    killed = true;
    await writing;
    // nothing can arrive once the reader's socket is gone
    await waitFor(() => reader.closes.length > 0, 10_000, 'the reader to see the relay go');
    const sawBeforeKill = seen.toArray();
    expect(sawBeforeKill).toEqual(sawBeforeKill.map((_, i) => i));
    expect(outOfOrder).toBe(0);
    closeClients();

    const r2 = await relay({ dataDir: r1.dataDir });
    const late = open(r2, 'kill-map');
    await synced(late);
    const stored = late.doc.getArray<number>('seq').toArray();
    expect(stored.length).toBeGreaterThanOrEqual(sawBeforeKill.length);
    expect(stored.slice(0, sawBeforeKill.length)).toEqual(sawBeforeKill);
  }, 90_000);
});
