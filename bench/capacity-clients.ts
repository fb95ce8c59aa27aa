/**
 * Client side of the capacity benchmark: one child process holding many raw `ws`
 * clients that speak the y-websocket protocol through y-protocols (the stock
 * provider is too heavy at thousands per process). Every client has its own Y.Doc
 * and edits one Y.Map key once a second; every room lives wholly in one process, so
 * a sender and its receivers share a clock. Receivers read each update's id range
 * (`Y.parseUpdateMeta`) instead of applying it: the benchmark measures the relay,
 * not a client's apply cost.
 *
 * Protocol with the parent: print READY once every client is synced, wait for GO on
 * stdin, edit for `seconds`, drain, then print the RESULT line.
 */
import { createInterface } from 'node:readline';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { sleep } from './lib/stats';
import { workerDone, workerInput } from './lib/worker';

export interface CapacityInput {
  /** socket URL of a room, `{room}` replaced by its name */
  urlTemplate: string;
  /** several relays (capacity-cluster.ts): client k of a room uses template k % length */
  urlTemplates?: string[];
  rooms: string[];
  clientsPerRoom: number;
  /** measured editing time */
  seconds: number;
  /** editing before the measured window (a freshly started relay warms up its JIT and heap) */
  warmupSeconds: number;
  /** loopback source addresses to spread clients over (the relay limits connections per address) */
  localAddresses: string[];
  perAddress: number;
}

export interface CapacityOutput {
  clients: number;
  /** latency histogram of the measured window: [ms rounded to 0.1 (1 above 100 ms), count] */
  histogram: [number, number][];
  /** the same for edits sent during the warm-up */
  warmupHistogram: [number, number][];
  /** per second of the run (by send time): receptions, how many took ≥ 20 ms, the slowest (ms) */
  bySecond: { n: number; slow: number; maxMs: number }[];
  sent: number;
  expectedReceptions: number;
  receptions: number;
  connectErrors: number;
  unexpectedCloses: number;
  /** errors and closes by kind: `error:<code or message>`, `close:<code>` */
  errorKinds: Record<string, number>;
  /** clients not synced when the editing started (connect phase timed out) */
  unsyncedAtStart: number;
  connectMs: number;
  /** this worker's own CPU over the editing window, % of one core: is the client side the limit? */
  cpuPercent: number;
}

const MSG_SYNC = 0;

async function main(): Promise<void> {
  const input = workerInput<CapacityInput>();
  const sentAt = new Map<string, number>();
  const histogram = new Map<number, number>();
  const warmupHistogram = new Map<number, number>();
  const bySecond: { n: number; slow: number; maxMs: number }[] = [];
  let measureFrom = 0;
  const record = (ms: number, at: number) => {
    // 0.1 ms buckets where the goal lives, 1 ms beyond 100 ms: keeps the histogram small
    const bucket = ms < 100 ? Math.round(ms * 10) / 10 : Math.round(ms);
    const into = at < measureFrom ? warmupHistogram : histogram;
    into.set(bucket, (into.get(bucket) ?? 0) + 1);
    if (at < measureFrom) return;
    const sec = (bySecond[Math.floor((at - measureFrom) / 1000)] ??= { n: 0, slow: 0, maxMs: 0 });
    sec.n++;
    if (ms >= 20) sec.slow++;
    if (ms > sec.maxMs) sec.maxMs = Math.round(ms);
  };
  let receptions = 0;
  let connectErrors = 0;
  let unexpectedCloses = 0;
  const errorKinds: Record<string, number> = {};
  const count = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);
  let measuring = false;
  let closing = false;

  interface Client {
    ws: WebSocket;
    doc: Y.Doc;
    synced: Promise<void>;
    isSynced: () => boolean;
  }

  const connect = (room: string, address: string, k: number): Client => {
    const doc = new Y.Doc();
    const template = input.urlTemplates?.[k % input.urlTemplates.length] ?? input.urlTemplate;
    const ws = new WebSocket(template.replace('{room}', room), {
      localAddress: address,
      perMessageDeflate: false,
    });
    ws.binaryType = 'nodebuffer';
    let done = false;
    let resolveSynced: () => void = () => {};
    const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
    const markSynced = () => {
      done = true;
      resolveSynced();
    };
    ws.on('open', () => {
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MSG_SYNC);
      syncProtocol.writeSyncStep1(enc, doc);
      ws.send(encoding.toUint8Array(enc));
    });
    ws.on('message', (data: Buffer) => {
      const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const dec = decoding.createDecoder(frame);
      if (decoding.readVarUint(dec) !== MSG_SYNC) return; // awareness and auth: not needed here
      const sub = decoding.readVarUint(dec);
      if (sub === syncProtocol.messageYjsSyncStep1) {
        const enc = encoding.createEncoder();
        encoding.writeVarUint(enc, MSG_SYNC);
        syncProtocol.writeSyncStep2(enc, doc, decoding.readVarUint8Array(dec));
        ws.send(encoding.toUint8Array(enc));
      } else if (sub === syncProtocol.messageYjsSyncStep2) {
        markSynced();
      } else if (sub === syncProtocol.messageYjsUpdate) {
        const update = decoding.readVarUint8Array(dec);
        const now = performance.now();
        // a forwarded update may be several edits merged: every clock in its range counts
        const meta = Y.parseUpdateMeta(update);
        for (const [client, from] of meta.from) {
          // the reference server echoes an update to its sender too: not a reception
          if (client === doc.clientID) continue;
          const to = meta.to.get(client) ?? from + 1;
          for (let clock = from; clock < to; clock++) {
            const at = sentAt.get(`${client}:${clock}`);
            if (at === undefined) continue;
            receptions++;
            if (measuring) record(now - at, at);
          }
        }
      }
    });
    ws.on('error', (err: Error & { code?: string }) => {
      connectErrors++;
      count(`error:${err.code ?? err.message}`);
    });
    ws.on('close', (code: number) => {
      if (closing) return;
      unexpectedCloses++;
      count(`close:${code}`);
    });
    doc.on('update', (update: Uint8Array) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MSG_SYNC);
      syncProtocol.writeUpdate(enc, update);
      ws.send(encoding.toUint8Array(enc));
    });
    return { ws, doc, synced, isSynced: () => done };
  };

  const t0 = performance.now();
  const clients: Client[] = [];
  let n = 0;
  for (const room of input.rooms) {
    for (let k = 0; k < input.clientsPerRoom; k++) {
      const address = input.localAddresses[Math.floor(n / input.perAddress)]!;
      clients.push(connect(room, address, k));
      n++;
      // open sockets in small batches: a SYN flood on a busy machine only measures the backlog
      if (n % 50 === 0) await sleep(20);
    }
  }
  await Promise.race([Promise.all(clients.map((c) => c.synced)), sleep(180_000)]);
  const connectMs = performance.now() - t0;
  const unsyncedAtStart = clients.filter((c) => !c.isSynced()).length;
  if (unsyncedAtStart) console.log(`${unsyncedAtStart} clients not synced after the connect phase`);
  console.log('READY');
  await new Promise<void>((resolve) => {
    const rl = createInterface({ input: process.stdin });
    rl.on('line', (line) => line.trim() === 'GO' && (rl.close(), resolve()));
  });

  // each client edits once a second, at its own offset within the second
  measuring = true;
  const cpuStart = process.cpuUsage();
  let sent = 0;
  const start = performance.now();
  measureFrom = start + input.warmupSeconds * 1000;
  const end = measureFrom + input.seconds * 1000;
  const timers = clients.map((c, i) => {
    const map = c.doc.getMap<number>('m');
    let seq = 0;
    const edit = () => {
      if (c.ws.readyState !== WebSocket.OPEN) return;
      const clock = Y.getState(c.doc.store, c.doc.clientID);
      sentAt.set(`${c.doc.clientID}:${clock}`, performance.now());
      map.set('v', ++seq);
      sent++;
    };
    const offset = ((i * 997) % 1000) + Math.random();
    return setTimeout(function tick() {
      if (performance.now() >= end) return;
      edit();
      timers[i] = setTimeout(tick, 1000);
    }, offset);
  });
  await sleep((input.warmupSeconds + input.seconds) * 1000);
  for (const t of timers) clearTimeout(t);
  const cpu = process.cpuUsage(cpuStart);
  const cpuPercent = Math.round(
    ((cpu.user + cpu.system) / 1000 / (performance.now() - start)) * 100,
  );
  const expectedReceptions = sent * (input.clientsPerRoom - 1);
  const drainUntil = performance.now() + 10_000;
  while (receptions < expectedReceptions && performance.now() < drainUntil) await sleep(100);
  measuring = false;
  closing = true;
  for (const c of clients) c.ws.terminate();
  const output: CapacityOutput = {
    clients: clients.length,
    histogram: [...histogram],
    warmupHistogram: [...warmupHistogram],
    bySecond: Array.from(bySecond, (s) => s ?? { n: 0, slow: 0, maxMs: 0 }),
    sent,
    expectedReceptions,
    receptions,
    connectErrors,
    unexpectedCloses,
    errorKinds,
    unsyncedAtStart,
    connectMs,
    cpuPercent,
  };
  workerDone(output);
}

await main();
