// Per-connection budgets against a real relay process: an edit link that floods its map
// with updates that are small on the wire but expensive to apply is closed with a
// TRANSIENT code (4531: backing off helps, so the stock client retries), and another map's
// clients carry on; a client that stays within the budget is never closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { encodeUpdate } from './protocol';
import { client, rawSocket, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';

let r: RelayProcess;
beforeAll(async () => {
  // small budgets so the test needs little CPU: 50 ms of CPU per second, 300 ms burst
  r = await startRelay({
    env: { BUDGET_MS_PER_SEC: '50', BUDGET_MS_BURST: '300', MAX_UPDATE_STRUCTS: '30000' },
  });
}, 30_000);
afterAll(() => r?.stop('SIGKILL'));

/** One update with `n` separate structs (a map key each): cheap to send, costly to apply. */
function expensiveUpdate(n: number, salt: number): Uint8Array {
  const doc = new Y.Doc();
  const m = doc.getMap('flood');
  doc.transact(() => {
    for (let i = 0; i < n; i++) m.set(`k${salt}-${i}`, i);
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('per-connection budgets', () => {
  it('closes a connection flooding expensive updates with 4531; another map carries on', async () => {
    expect(CloseCode.overBudget).toBeGreaterThanOrEqual(4500); // stock clients reconnect
    const link = await shareToken(r, 'flooded', 'edit');
    const a = client(r, 'calm', r.adminToken);
    const b = client(r, 'calm', r.adminToken);
    await Promise.all([synced(a), synced(b)]);

    const flooder = rawSocket(`${r.ws}/sync/flooded?t=${encodeURIComponent(link)}`);
    await flooder.opened;
    let sent = 0;
    let code: number | null = null;
    void flooder.closed.then((c) => (code = c.code));
    while (code === null && sent < 400) {
      flooder.ws.send(encodeUpdate(expensiveUpdate(5000, sent++)));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await flooder.closed;
    expect(code).toBe(CloseCode.overBudget);
    expect(sent).toBeLessThan(400);

    a.doc.getMap('m').set('still', 'working');
    await waitFor(() => b.doc.getMap('m').get('still') === 'working', 10_000, 'the calm map');
    expect((await fetch(`${r.http}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${r.http}/metrics`)).text();
    expect(metrics).toMatch(/journeyboard_rejected_frames_total\{reason="over_budget"\} [1-9]/);
    // what was applied before the close is stored: nothing accepted is lost
    const reader = client(r, 'flooded', r.adminToken);
    await synced(reader);
    await waitFor(() => reader.doc.getMap('flood').size > 0, 10_000, 'stored flood');
    for (const c of [a, b, reader]) c.destroy();
  });

  it('a client editing at a normal pace stays connected', async () => {
    const a = client(r, 'normal', r.adminToken);
    const b = client(r, 'normal', r.adminToken);
    await Promise.all([synced(a), synced(b)]);
    for (let i = 0; i < 200; i++) {
      a.doc.getMap('m').set(`k${i}`, i);
      if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(() => b.doc.getMap('m').size === 200, 10_000, 'all edits');
    expect(a.closes).toEqual([]);
    for (const c of [a, b]) c.destroy();
  });

  it('refuses a frame of more than MAX_UPDATE_STRUCTS structs before decoding it (4413)', async () => {
    const link = await shareToken(r, 'toobig', 'edit');
    const s = rawSocket(`${r.ws}/sync/toobig?t=${encodeURIComponent(link)}`);
    await s.opened;
    s.ws.send(encodeUpdate(expensiveUpdate(30_001, 1)));
    const closed = await s.closed;
    expect(closed.code).toBe(CloseCode.documentTooLarge);
    expect(closed.reason).toBe('too_many_structs');
    const reader = client(r, 'toobig', r.adminToken);
    await synced(reader);
    expect(reader.doc.getMap('flood').size).toBe(0);
    const metrics = await (await fetch(`${r.http}/metrics`)).text();
    expect(metrics).toMatch(/journeyboard_rejected_frames_total\{reason="too_many_structs"\} 1/);
    reader.destroy();
  });
});

describe('the map budget, shared by all its connections', () => {
  let slow: RelayProcess;
  // refilled at 1 ms per second: a spent budget stays spent for the whole test
  beforeAll(async () => {
    slow = await startRelay({ env: { BUDGET_MS_PER_SEC: '1', BUDGET_MS_BURST: '300' } });
  }, 30_000);
  afterAll(() => slow?.stop('SIGKILL'));

  it('a flooding link that reconnects gets no fresh budget; map B carries on', async () => {
    const frames = Array.from({ length: 12 }, (_, k) => encodeUpdate(expensiveUpdate(10_000, k)));
    const late = encodeUpdate(expensiveUpdate(10_000, 999));
    const link = await shareToken(slow, 'reflood', 'edit');
    const a = client(slow, 'calm2', slow.adminToken);
    const b = client(slow, 'calm2', slow.adminToken);
    await Promise.all([synced(a), synced(b)]);
    // first connection: floods until the budget closes it, with the transient code
    const first = rawSocket(`${slow.ws}/sync/reflood?t=${encodeURIComponent(link)}`);
    await first.opened;
    for (const frame of frames) first.ws.send(frame);
    expect((await first.closed).code).toBe(CloseCode.overBudget);
    // map B's peers still get each other's edits
    a.doc.getMap('m').set('after', 'flood');
    await waitFor(() => b.doc.getMap('m').get('after') === 'flood', 10_000, 'map B edits');
    // the same link again: its first expensive frame is refused before it is applied
    const second = rawSocket(`${slow.ws}/sync/reflood?t=${encodeURIComponent(link)}`);
    await second.opened;
    second.ws.send(late);
    const closed = await second.closed;
    expect(closed.code).toBe(CloseCode.overBudget);
    const reader = client(slow, 'reflood', slow.adminToken);
    await synced(reader);
    await waitFor(() => reader.doc.getMap('flood').size > 0, 10_000, 'the first flood stored');
    expect(reader.doc.getMap('flood').has('k999-0')).toBe(false);
    expect(reader.doc.getMap('flood').size).toBeLessThan(frames.length * 10_000);
    for (const c of [a, b, reader]) c.destroy();
  });
});
