/**
 * Client side of the fan-out benchmark (a child process, never the server's): one
 * writer and N readers, all stock y-websocket providers (WebSocketPolyfill = ws,
 * BroadcastChannel off so every update really goes through the server), in one room.
 *
 * Phase 1, paced: the writer appends `edits` numbers to a Y.Array at `rate` per
 * second; each reader notes, per number, the time from the writer's send to its own
 * arrival (one clock: same process). Phase 2, burst: `burst` single-number updates
 * sent back to back; the time until every reader holds all of them.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sleep, summarize } from './lib/stats';
import { workerDone, workerInput } from './lib/worker';

export interface FanoutInput {
  providerUrl: string;
  token: string;
  room: string;
  readers: number;
  edits: number;
  rate: number;
  burst: number;
}

export interface FanoutOutput {
  paced: ReturnType<typeof summarize>;
  /** reader receptions that never arrived */
  missing: number;
  burstMs: number | null;
  /** connections closed unexpectedly during the run */
  disconnects: number;
  syncMs: number;
}

function connect(input: FanoutInput, onClose: () => void) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(input.providerUrl, input.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: input.token ? { t: input.token } : {},
  });
  provider.on('connection-close', onClose);
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (s: boolean) => s && resolve());
  });
  return { doc, provider, synced, list: doc.getArray<number>('seq') };
}

async function main(): Promise<void> {
  const input = workerInput<FanoutInput>();
  let disconnects = 0;
  let running = true;
  const onClose = () => running && disconnects++;
  const t0 = performance.now();
  const writer = connect(input, onClose);
  const readers = Array.from({ length: input.readers }, () => connect(input, onClose));
  await Promise.all([writer.synced, ...readers.map((r) => r.synced)]);
  const syncMs = performance.now() - t0;

  const total = input.edits + input.burst;
  const sentAt = new Float64Array(total);
  const latencies: number[] = [];
  const counts = new Array<number>(readers.length).fill(0);
  let burstStart = 0;
  let burstDone: (() => void) | null = null;
  let burstMs: number | null = null;
  let doneReaders = 0;
  // The writer is the only one pushing, in order, so the value at index i is i: a
  // reader's new values are simply its new indices. (Reading event.changes.delta
  // would walk the whole array per event and measure the client, not the server.)
  readers.forEach((reader, k) => {
    reader.list.observe(() => {
      const now = performance.now();
      const length = reader.list.length;
      for (let value = counts[k]!; value < length; value++)
        if (value < input.edits) latencies.push(now - sentAt[value]!);
      counts[k] = length;
      if (burstDone && length === total && ++doneReaders === readers.length) burstDone();
    });
  });

  // paced: edit i leaves at start + i/rate, whatever the timer jitter did before
  const start = performance.now();
  for (let i = 0; i < input.edits; i++) {
    const due = start + (i * 1000) / input.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt[i] = performance.now();
    writer.list.push([i]);
  }
  const drainUntil = performance.now() + 10_000;
  while (counts.some((c) => c < input.edits) && performance.now() < drainUntil) await sleep(20);
  const missing = counts.reduce((sum, c) => sum + Math.max(0, input.edits - c), 0);

  // burst: every update its own transaction, so its own message
  await sleep(500);
  doneReaders = counts.filter((c) => c === total).length;
  const allArrived = new Promise<void>((resolve) => (burstDone = resolve));
  burstStart = performance.now();
  for (let i = input.edits; i < total; i++) writer.list.push([i]);
  const timedOut = await Promise.race([
    allArrived.then(() => false),
    sleep(60_000).then(() => true),
  ]);
  if (!timedOut) burstMs = performance.now() - burstStart;

  running = false;
  for (const c of [writer, ...readers]) {
    c.provider.destroy();
    c.doc.destroy();
  }
  const output: FanoutOutput = {
    paced: summarize(latencies),
    missing,
    burstMs,
    disconnects,
    syncMs,
  };
  workerDone(output);
}

await main();
