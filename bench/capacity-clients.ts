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
  rooms: string[];
  clientsPerRoom: number;
  seconds: number;
  /** loopback source addresses to spread clients over (the relay limits connections per address) */
  localAddresses: string[];
  perAddress: number;
}

export interface CapacityOutput {
  clients: number;
  /** latency histogram: [ms rounded to 0.1 (1 above 100 ms), count] */
  histogram: [number, number][];
  sent: number;
  expectedReceptions: number;
  receptions: number;
  connectErrors: number;
  unexpectedCloses: number;
  connectMs: number;
  /** this worker's own CPU over the editing window, % of one core: is the client side the limit? */
  cpuPercent: number;
}

const MSG_SYNC = 0;

async function main(): Promise<void> {
  const input = workerInput<CapacityInput>();
  const sentAt = new Map<string, number>();
  const histogram = new Map<number, number>();
  let receptions = 0;
  let connectErrors = 0;
  let unexpectedCloses = 0;
  let measuring = false;
  let closing = false;

  interface Client {
    ws: WebSocket;
    doc: Y.Doc;
    synced: Promise<void>;
  }

  const connect = (room: string, address: string): Client => {
    const doc = new Y.Doc();
    const ws = new WebSocket(input.urlTemplate.replace('{room}', room), {
      localAddress: address,
      perMessageDeflate: false,
    });
    ws.binaryType = 'nodebuffer';
    let markSynced: () => void = () => {};
    const synced = new Promise<void>((resolve) => (markSynced = resolve));
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
        for (const [client, clock] of Y.parseUpdateMeta(update).from) {
          const at = sentAt.get(`${client}:${clock}`);
          if (at !== undefined) {
            receptions++;
            if (measuring) {
              // 0.1 ms buckets where the goal lives, 1 ms beyond 100 ms: keeps the histogram small
              const ms = now - at;
              const bucket = ms < 100 ? Math.round(ms * 10) / 10 : Math.round(ms);
              histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
            }
          }
        }
      }
    });
    ws.on('error', () => connectErrors++);
    ws.on('close', () => {
      if (!closing) unexpectedCloses++;
    });
    doc.on('update', (update: Uint8Array) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MSG_SYNC);
      syncProtocol.writeUpdate(enc, update);
      ws.send(encoding.toUint8Array(enc));
    });
    return { ws, doc, synced };
  };

  const t0 = performance.now();
  const clients: Client[] = [];
  let n = 0;
  for (const room of input.rooms) {
    for (let k = 0; k < input.clientsPerRoom; k++) {
      const address = input.localAddresses[Math.floor(n / input.perAddress)]!;
      clients.push(connect(room, address));
      n++;
      // open sockets in small batches: a SYN flood on a busy machine only measures the backlog
      if (n % 50 === 0) await sleep(20);
    }
  }
  await Promise.race([Promise.all(clients.map((c) => c.synced)), sleep(180_000)]);
  const connectMs = performance.now() - t0;
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
  const end = start + input.seconds * 1000;
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
  await sleep(input.seconds * 1000);
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
    sent,
    expectedReceptions,
    receptions,
    connectErrors,
    unexpectedCloses,
    connectMs,
    cpuPercent,
  };
  workerDone(output);
}

await main();
