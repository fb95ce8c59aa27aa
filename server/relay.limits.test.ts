// Limits and bad input against a real relay child process.
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { client, rawSocket, shareToken, startRelay, synced, waitFor } from './testing';
import type { RelayProcess } from './testing';

let r: RelayProcess;
beforeAll(async () => {
  r = await startRelay({
    env: {
      MAX_DOC_BYTES: String(256 * 1024),
      RATE_LIMIT_PER_SEC: '50',
      RATE_LIMIT_BURST: '400',
    },
  });
});
afterAll(async () => {
  await r.stop('SIGKILL');
});

const frame = (...parts: ((e: encoding.Encoder) => void)[]) => {
  const e = encoding.createEncoder();
  for (const p of parts) p(e);
  return encoding.toUint8Array(e);
};
const uint = (n: number) => (e: encoding.Encoder) => encoding.writeVarUint(e, n);
const bytes = (b: Uint8Array) => (e: encoding.Encoder) => encoding.writeVarUint8Array(e, b);
const rawBytes = (b: Uint8Array) => (e: encoding.Encoder) => encoding.writeUint8Array(e, b);

async function closeCodeFor(data: Uint8Array, mapId = 'bad-input'): Promise<number> {
  const s = rawSocket(`${r.ws}/sync/${mapId}?t=${r.adminToken}`);
  await s.opened;
  s.ws.send(data);
  return (await s.closed).code;
}

async function metric(name: string): Promise<number> {
  return metricOf(r, name);
}
async function metricOf(relay: RelayProcess, name: string): Promise<number> {
  const text = await (await fetch(`${relay.http}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith(name))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

describe('bad input closes only that connection, with a named code', () => {
  const update = (() => {
    const d = new Y.Doc();
    d.getMap('m').set('x', 'y');
    return Y.encodeStateAsUpdate(d);
  })();
  it.each([
    ['bad varint', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 4400],
    ['truncated update', frame(uint(0), uint(2), uint(50), rawBytes(new Uint8Array(3))), 4400],
    ['trailing bytes', frame(uint(3), uint(7)), 4400],
    ['unknown message type', frame(uint(9)), 4415],
    ['unknown sync type', frame(uint(0), uint(7), bytes(new Uint8Array(1))), 4415],
    ['empty update', frame(uint(0), uint(2), bytes(new Uint8Array(0))), 4422],
    [
      'corrupt update',
      frame(uint(0), uint(2), bytes(new Uint8Array([5, 200, 1, 7, 9, 9, 9]))),
      4422,
    ],
    [
      'truncated real update',
      frame(uint(0), uint(2), bytes(update.slice(0, update.length - 3))),
      4422,
    ],
    ['bad awareness', frame(uint(1), bytes(new Uint8Array([1, 5, 1, 3, 123, 123, 123]))), 4400],
  ])('%s', async (_name, data, code) => {
    expect(await closeCodeFor(data)).toBe(code);
  });

  it('a 3 MiB frame is closed with 1009 and the room keeps working', async () => {
    const a = client(r, 'big', r.adminToken);
    const b = client(r, 'big', r.adminToken);
    await Promise.all([synced(a), synced(b)]);
    const big = frame(uint(0), uint(2), bytes(new Uint8Array(3 * 1024 * 1024)));
    expect(await closeCodeFor(big, 'big')).toBe(1009);
    a.doc.getMap('m').set('still', 'works');
    await waitFor(() => b.doc.getMap('m').get('still') === 'works', 5000, 'room after 1009');
    expect(b.closes).toEqual([]);
    a.destroy();
    b.destroy();
  });

  it('refuses updates that would grow a room past MAX_DOC_BYTES (4413) and keeps the room', async () => {
    const a = client(r, 'heavy', r.adminToken);
    await synced(a);
    a.doc.getMap('m').set('small', 'ok');
    const fat = client(r, 'heavy', r.adminToken);
    await synced(fat);
    await waitFor(() => fat.doc.getMap('m').get('small') === 'ok');
    fat.doc.getMap('m').set('fat', 'x'.repeat(300 * 1024));
    await waitFor(() => fat.closes.some((c) => c.code === 4413), 5000, '4413');
    const late = client(r, 'heavy', r.adminToken);
    await synced(late);
    expect(late.doc.getMap('m').get('small')).toBe('ok');
    expect(late.doc.getMap('m').has('fat')).toBe(false);
    for (const c of [a, fat, late]) c.destroy();
  });

  it('closes a connection above the message rate with 4529 (retry later)', async () => {
    const s = rawSocket(`${r.ws}/sync/rate?t=${r.adminToken}`);
    await s.opened;
    const q = frame(uint(3));
    for (let i = 0; i < 1000 && s.ws.readyState === s.ws.OPEN; i++) s.ws.send(q);
    expect((await s.closed).code).toBe(4529);
  });

  it('terminates sockets that stop answering pings', async () => {
    const own = await startRelay({ env: { PING_INTERVAL_MS: '300' } });
    try {
      // a hand-made handshake: this peer never answers pings
      const sock = createConnection(own.port, '127.0.0.1');
      sock.write(
        `GET /sync/dead?t=${own.adminToken} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
      let head = '';
      sock.on('data', (d: Buffer) => (head += d.toString('latin1')));
      const opened = Date.now();
      await new Promise<void>((res) => sock.on('close', () => res()));
      expect(head.startsWith('HTTP/1.1 101')).toBe(true);
      // closed by the relay after it missed a pong, not at once
      expect(Date.now() - opened).toBeGreaterThanOrEqual(250);
      expect(await metricOf(own, 'journeyboard_connections')).toBe(0);
    } finally {
      await own.stop('SIGKILL');
    }
  });
});

describe('ops endpoints', () => {
  it('/healthz answers ok and /metrics is Prometheus text', async () => {
    const h = await fetch(`${r.http}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.text()).toBe('ok\n');
    const m = await fetch(`${r.http}/metrics`);
    expect(m.headers.get('content-type')).toContain('text/plain');
    const text = await m.text();
    for (const name of [
      'journeyboard_connections',
      'journeyboard_rooms',
      'journeyboard_messages_in_total',
      'journeyboard_bytes_out_total',
      'journeyboard_rejected_frames_total',
      'journeyboard_storage_writes_total',
      'journeyboard_storage_write_seconds_count',
    ]) {
      expect(text).toMatch(new RegExp(`^${name}(\\{| )`, 'm'));
    }
    expect(await metric('journeyboard_storage_writes_total')).toBeGreaterThan(0);
  });
});

function rand(n: number): number {
  return Math.floor(Math.random() * n);
}
function randomBytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => rand(256));
}

describe('fuzz', () => {
  it('10,000 random garbage frames leave the relay healthy and rooms intact', async () => {
    const token = await shareToken(r, 'fuzz', 'edit');
    const owner = client(r, 'fuzz', token);
    await synced(owner);
    for (let i = 0; i < 50; i++) owner.doc.getMap('m').set(`k${i}`, `v${i}`);
    owner.doc.getText('t').insert(0, 'untouched');
    const expected = { m: owner.doc.getMap('m').toJSON(), t: 'untouched' };
    const donor = new Y.Doc();
    donor.getMap('d').set('a', 'b');
    donor.getText('x').insert(0, 'some text');
    const real = Y.encodeStateAsUpdate(donor);
    const generators: (() => Uint8Array)[] = [
      () => randomBytes(1 + rand(64)),
      () => new Uint8Array(0),
      () => frame(uint(0), uint(rand(4)), bytes(randomBytes(rand(64)))),
      () => frame(uint(0), uint(2), rawBytes(randomBytes(rand(32)))),
      () => frame(uint(1), bytes(randomBytes(rand(48)))),
      () => frame(uint(rand(20))),
      () => {
        const m = real.slice();
        for (let k = 0; k < 1 + rand(4); k++) m[rand(m.length)] = rand(256);
        return frame(uint(0), uint(2), bytes(m));
      },
    ];
    // One garbage frame, then a query-awareness: its answer proves the garbage was
    // processed without closing; a close means it was refused. Either way it reached the relay.
    const query = frame(uint(3));
    let sent = 0;
    const worker = async () => {
      while (sent < 10_000) {
        const s = rawSocket(`${r.ws}/sync/fuzz?t=${token}`);
        await s.opened;
        const closed = s.closed.then(() => 'closed');
        while (sent < 10_000 && s.ws.readyState === s.ws.OPEN) {
          const answered = new Promise((res) => s.ws.once('message', res));
          s.ws.send(generators[rand(generators.length)]!());
          sent++;
          s.ws.send(query);
          if ((await Promise.race([answered, closed])) === 'closed') break;
        }
        s.ws.terminate();
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(await metric('journeyboard_rejected_frames_total')).toBeGreaterThan(1000);

    expect((await fetch(`${r.http}/healthz`)).status).toBe(200);
    // the connected owner survived and still syncs
    expect(owner.closes).toEqual([]);
    const late = client(r, 'fuzz', token);
    await synced(late);
    owner.doc.getMap('m').set('after', 'fuzz');
    await waitFor(() => late.doc.getMap('m').get('after') === 'fuzz', 5000, 'sync after fuzz');
    for (const [k, v] of Object.entries(expected.m)) expect(late.doc.getMap('m').get(k)).toBe(v);
    expect(late.doc.getText('t').toString()).toBe(expected.t);
    owner.destroy();
    late.destroy();

    // everything the fuzz got stored must load again after a restart
    expect(await r.stop('SIGTERM')).toBe(0);
    r = await startRelay({ dataDir: r.dataDir });
    const reloaded = client(r, 'fuzz', r.adminToken);
    await synced(reloaded);
    expect(reloaded.doc.getMap('m').get('after')).toBe('fuzz');
    expect(reloaded.doc.getText('t').toString()).toBe(expected.t);
    reloaded.destroy();
  }, 150_000);
});
