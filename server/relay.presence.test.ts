// Presence and liveness against a real relay child process with stock y-websocket
// clients: the stock client's 30 s "nothing received" watchdog must never fire on a
// healthy connection, viewers cannot speak for editors' presence, links close when
// they expire.
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShareToken } from './auth';
import { client, rawSocket, shareToken, startRelay, synced, waitFor } from './testing';
import type { RawSocket, RelayProcess, TestClient } from './testing';

let r: RelayProcess;
beforeAll(async () => {
  // default PING_INTERVAL_MS (30 s) and KEEPALIVE_MS (10 s), as `npm start` runs it
  r = await startRelay();
});
afterAll(async () => {
  await r.stop('SIGKILL');
});

/** An awareness frame: [1, varUint8Array [count, (id, clock, state JSON)…]]. */
function awarenessFrame(entries: { id: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(inner, e.id);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, JSON.stringify(e.state));
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

async function greeted(url: string): Promise<RawSocket> {
  const s = rawSocket(url);
  await waitFor(() => s.received.length >= 2, 5000, 'greeting');
  return s;
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${r.http}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(name))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

describe('liveness', () => {
  it('echoes awareness to its sender too (the stock client counts it as traffic)', async () => {
    const s = await greeted(`${r.ws}/sync/echo?t=${r.adminToken}`);
    const frame = awarenessFrame([{ id: 4242, clock: 1, state: { user: { name: 'Solo' } } }]);
    s.ws.send(frame);
    await waitFor(() => s.received.some((m) => same(m, frame)), 5000, 'own awareness back');
    s.ws.close();
  });

  it('sends a silent socket an empty awareness update as keepalive', async () => {
    const own = await startRelay({ env: { KEEPALIVE_MS: '200' } });
    try {
      const s = rawSocket(`${own.ws}/sync/quiet?t=${own.adminToken}`);
      await s.opened;
      const empty = new Uint8Array([1, 1, 0]);
      await waitFor(
        () => s.received.filter((m) => same(m, empty)).length >= 2,
        5000,
        'keepalive frames',
      );
      s.ws.close();
    } finally {
      await own.stop('SIGKILL');
    }
  });

  it('a lone stock client stays connected for 36 s without reconnecting, with or without presence', async () => {
    const withPresence = client(r, 'lone-a', r.adminToken);
    const silent = client(r, 'lone-b', r.adminToken);
    silent.provider.awareness.setLocalState(null);
    const clients: TestClient[] = [withPresence, silent];
    const connects = [0, 0];
    clients.forEach((c, i) =>
      c.provider.on('status', ({ status }) => {
        if (status === 'connecting') connects[i]! += 1;
      }),
    );
    await Promise.all(clients.map((c) => synced(c)));
    withPresence.provider.awareness.setLocalStateField('user', { name: 'Alone' });
    // past the client's 30 s watchdog plus its 3 s check period
    await new Promise((res) => setTimeout(res, 36_000));
    for (const c of clients) {
      expect(c.closes).toEqual([]);
      expect(c.provider.wsconnected).toBe(true);
    }
    expect(connects).toEqual([0, 0]);
    for (const c of clients) c.destroy();
  }, 60_000);

  it('closes a socket when its link expires, not only at the next heartbeat', async () => {
    const soon = createShareToken(r.secret, 'expiring', 'edit', 0, new Date(Date.now() + 1500));
    const c = client(r, 'expiring', soon);
    await synced(c);
    // the heartbeat runs every 30 s here; the expiry timer closes it right away
    await waitFor(() => c.closes.some((x) => x.code === 4401), 5000, 'expiry close');
    c.destroy();
  });
});

describe('presence cannot be spoofed', () => {
  it("a viewer cannot overwrite or remove an editor's presence", async () => {
    const editor = client(r, 'spoof', await shareToken(r, 'spoof', 'edit'));
    const observer = client(r, 'spoof', r.adminToken);
    await Promise.all([synced(editor), synced(observer)]);
    editor.provider.awareness.setLocalStateField('user', { name: 'Editor' });
    const id = editor.doc.clientID;
    await waitFor(
      () => observer.provider.awareness.getStates().get(id)?.user?.name === 'Editor',
      5000,
      'editor presence',
    );
    const before = await metric('journeyboard_rejected_frames_total{reason="awareness_spoof"}');
    const viewer = await greeted(`${r.ws}/sync/spoof?t=${await shareToken(r, 'spoof', 'view')}`);
    viewer.ws.send(awarenessFrame([{ id, clock: 999, state: { user: { name: 'Mallory' } } }]));
    viewer.ws.send(awarenessFrame([{ id, clock: 1000, state: null }]));
    // the viewer's own presence still works and arrives after the refused frames
    viewer.ws.send(awarenessFrame([{ id: 777001, clock: 1, state: { user: { name: 'Viewer' } } }]));
    await waitFor(
      () => observer.provider.awareness.getStates().get(777001)?.user?.name === 'Viewer',
      5000,
      'viewer presence',
    );
    expect(observer.provider.awareness.getStates().get(id)?.user?.name).toBe('Editor');
    expect(await metric('journeyboard_rejected_frames_total{reason="awareness_spoof"}')).toBe(
      before + 2,
    );
    viewer.ws.close();
    editor.destroy();
    observer.destroy();
  });

  it('a reconnected client keeps its presence when its old socket goes away', async () => {
    const observer = client(r, 'takeover', r.adminToken);
    await synced(observer);
    let removals = 0;
    observer.provider.awareness.on('change', ({ removed }: { removed: number[] }) => {
      if (removed.includes(5150)) removals += 1;
    });
    const url = `${r.ws}/sync/takeover?t=${r.adminToken}`;
    const old = await greeted(url);
    old.ws.send(awarenessFrame([{ id: 5150, clock: 1, state: { user: { name: 'Same' } } }]));
    const fresh = await greeted(url);
    fresh.ws.send(awarenessFrame([{ id: 5150, clock: 2, state: { user: { name: 'Same' } } }]));
    await waitFor(
      () => observer.provider.awareness.meta.get(5150)?.clock === 2,
      5000,
      'renewed presence',
    );
    old.ws.close();
    await old.closed;
    // a later frame proves the relay handled the old socket's departure first
    fresh.ws.send(awarenessFrame([{ id: 5150, clock: 3, state: { user: { name: 'Same' } } }]));
    await waitFor(
      () => observer.provider.awareness.meta.get(5150)?.clock === 3,
      5000,
      'later presence',
    );
    expect(removals).toBe(0);
    expect(observer.provider.awareness.getStates().has(5150)).toBe(true);
    fresh.ws.close();
    observer.destroy();
  });
});
