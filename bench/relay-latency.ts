/**
 * Benchmark: the relay on loopback, as a child process (server/main.ts).
 *  1. latency: one writer and 30 readers (stock y-websocket clients in this process);
 *     1,000 edits one after another; for each, the time until every reader has it
 *     (and until the first has it). Includes the SQLite commit before forwarding
 *     (STORAGE_SYNC from the environment, default full).
 *  2. memory: relay RSS before and after 1,000 idle connections (each did the sync
 *     handshake) spread over 10 rooms.
 * Figures go to bench/results/relay.json.
 *
 *   node --import tsx bench/relay-latency.ts [--edits 1000] [--readers 30] [--idle 1000]
 *
 * The bench clients share the machine with the relay; read figures as an order of magnitude.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { client, rawSocket, startRelay, synced, waitFor } from '../server/testing';
import type { TestClient } from '../server/testing';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const EDITS = arg('edits', 1000);
const READERS = arg('readers', 30);
const IDLE = arg('idle', 1000);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function main(): Promise<void> {
  process.setMaxListeners(READERS + 20); // each stock provider adds an exit listener
  let relay = await startRelay({ env: { MAX_CONNECTIONS_PER_IP: String(READERS + 100) } });
  try {
    // 1. latency
    const writer = client(relay, 'bench', relay.adminToken);
    const readers: TestClient[] = Array.from({ length: READERS }, () =>
      client(relay, 'bench', relay.adminToken),
    );
    await Promise.all([writer, ...readers].map((c) => synced(c, 30_000)));
    const all: number[] = [];
    const first: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const key = `e${i}`;
      let got = 0;
      let firstAt = 0;
      const start = performance.now();
      const done = new Promise<void>((resolve) => {
        for (const r of readers) {
          const map = r.doc.getMap('m');
          const onChange = (event: Y.YMapEvent<unknown>) => {
            if (!event.keysChanged.has(key)) return;
            map.unobserve(onChange);
            if (got++ === 0) firstAt = performance.now();
            if (got === readers.length) resolve();
          };
          map.observe(onChange);
        }
      });
      writer.doc.getMap('m').set(key, i);
      await done;
      all.push(performance.now() - start);
      first.push(firstAt - start);
    }
    for (const c of [writer, ...readers]) c.destroy();
    await relay.stop('SIGKILL');

    // 2. memory of idle connections, on a fresh relay so the latency run's heap does not hide it
    relay = await startRelay({ env: { MAX_CONNECTIONS_PER_IP: String(IDLE + 100) } });
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rssMiB(relay.child.pid!);
    const step1 = (() => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
      return encoding.toUint8Array(e);
    })();
    const sockets: WebSocket[] = [];
    for (let i = 0; i < IDLE; i += 50) {
      const batch = Array.from({ length: Math.min(50, IDLE - i) }, (_, k) => {
        const s = rawSocket(`${relay.ws}/sync/idle-${(i + k) % 10}?t=${relay.adminToken}`);
        sockets.push(s.ws);
        return s.opened.then(() => {
          s.ws.send(step1);
          return waitFor(() => s.received.length >= 3, 20_000, 'handshake');
        });
      });
      await Promise.all(batch);
    }
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = rssMiB(relay.child.pid!);
    for (const s of sockets) s.terminate();

    const result = {
      date: new Date().toISOString(),
      latency: {
        edits: EDITS,
        readers: READERS,
        allReadersMsP50: round(percentile(all, 50)),
        allReadersMsP99: round(percentile(all, 99)),
        firstReaderMsP50: round(percentile(first, 50)),
        firstReaderMsP99: round(percentile(first, 99)),
        durability:
          (process.env.STORAGE_SYNC ?? 'full') === 'normal'
            ? 'STORAGE_SYNC=normal: each update written to the SQLite WAL before it is forwarded (fsync at the background checkpoint)'
            : 'STORAGE_SYNC=full: each update committed and fsynced (SQLite WAL, group commit per event-loop turn) before it is forwarded',
      },
      idleConnections: {
        connections: IDLE,
        rooms: 10,
        relayRssBeforeMiB: round(rssBefore, 1),
        relayRssAfterMiB: round(rssAfter, 1),
        kibPerConnection: round(((rssAfter - rssBefore) * 1024) / IDLE, 1),
      },
      note: 'loopback, relay child process and bench clients on a shared 2-core machine',
      loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/relay.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await relay.stop('SIGKILL');
  }
}

await main();
process.exit(0);
