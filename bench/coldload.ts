/**
 * Benchmark 5 — relay cold load: a ~10 MB room written straight into the relay's
 * SQLite store (through server/storage.ts, as one compacted row, the steady state
 * after compaction), then a freshly started relay and ONE stock y-websocket client:
 * time from `new WebsocketProvider` to "synced". Baselines in the same run: reading
 * the row from SQLite alone, and applying the bytes to an empty Y.Doc (the client's
 * own share of the work). Goal: < 300 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { RoomStorage } from '../server/storage';
import { createMapDoc } from '../src/doc';
import { bigMap } from './fixtures/bigMap';
import { sampleProc } from './lib/proc';
import { startOurs } from './lib/servers';
import { figure, type Benchmark } from './lib/result';
import { median, round } from './lib/stats';

const ROOM = 'bench-cold-load';

/**
 * A map doc of about `targetBytes`. Format v1 allows at most 20,000 cards, so past
 * 12,000 cards the card texts grow instead (longer notes, as real workshop maps have).
 */
function roomOfSize(targetBytes: number): Uint8Array {
  const perCard = Y.encodeStateAsUpdate(createMapDoc(bigMap({ cards: 500 }))).byteLength / 500;
  const cards = Math.max(100, Math.min(12_000, Math.round(targetBytes / perCard)));
  const map = bigMap({ cards });
  // ~1.4 bytes per padded character: the words carry umlauts (2 bytes in UTF-8)
  const pad = Math.max(0, Math.round((targetBytes - cards * perCard) / cards / 1.4));
  const padded =
    pad === 0
      ? map
      : {
          ...map,
          cards: map.cards.map((c) => ({
            ...c,
            text: `${c.text} ${c.text.repeat(Math.ceil(pad / (c.text.length + 1)))}`.slice(
              0,
              c.text.length + pad,
            ),
          })),
        };
  return Y.encodeStateAsUpdate(createMapDoc(padded));
}

/** Connect one stock client and resolve with the ms until it is synced. */
function connectMs(providerUrl: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const doc = new Y.Doc();
    const t0 = performance.now();
    const provider = new WebsocketProvider(providerUrl, ROOM, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { t: token },
    });
    const timer = setTimeout(() => {
      provider.destroy();
      reject(new Error('client did not sync within 60 s'));
    }, 60_000);
    provider.on('sync', (synced: boolean) => {
      if (!synced) return;
      const ms = performance.now() - t0;
      clearTimeout(timer);
      const cards = doc.share.size;
      provider.destroy();
      doc.destroy();
      if (cards === 0) reject(new Error('synced an empty document'));
      else resolve(ms);
    });
  });
}

export const coldload: Benchmark = {
  name: 'coldload',
  title: 'Relay cold load of a ~10 MB room',
  async run({ quick, log }) {
    const rounds = quick ? 1 : 5;
    const bytes = roomOfSize(quick ? 300_000 : 10_000_000);
    log(`  room: ${(bytes.byteLength / 1e6).toFixed(2)} MB`);
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-coldload-'));
    try {
      const storage = new RoomStorage(dataDir);
      storage.append(ROOM, bytes);
      storage.close();

      // baselines: the same bytes from SQLite alone (fresh connection each time), and applied to a Y.Doc
      const sqliteMs: number[] = [];
      const applyMs: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const s = new RoomStorage(dataDir);
        const loaded = s.load(ROOM);
        sqliteMs.push(performance.now() - t0);
        s.close();
        if (loaded.bytes !== bytes.byteLength) throw new Error('stored room has the wrong size');
        const t1 = performance.now();
        Y.applyUpdate(new Y.Doc(), bytes);
        applyMs.push(performance.now() - t1);
      }

      const coldMs: number[] = [];
      const warmMs: number[] = [];
      const relayCpuMs: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const relay = await startOurs({ dataDir });
        try {
          const before = sampleProc(relay.pid);
          coldMs.push(await connectMs(relay.providerUrl, relay.token));
          relayCpuMs.push((sampleProc(relay.pid).cpuSeconds - before.cpuSeconds) * 1000);
          warmMs.push(await connectMs(relay.providerUrl, relay.token));
        } finally {
          await relay.kill(); // keep the data dir; the next round starts cold again
        }
        log(
          `  round ${i + 1}: cold ${Math.round(coldMs[i]!)} ms, warm ${Math.round(warmMs[i]!)} ms`,
        );
      }
      const cold = median(coldMs);
      return {
        name: 'coldload',
        status: 'ok',
        figures: [
          figure('cold load, connect → synced', round(cold, 0), 'ms', {
            text: '< 300 ms',
            ok: (v) => v < 300,
          }),
          figure('relay CPU time for the cold load', round(median(relayCpuMs), 0), 'ms'),
          figure('same room already loaded (warm)', round(median(warmMs), 0), 'ms'),
          figure('baseline: read the row from SQLite alone', round(median(sqliteMs), 1), 'ms'),
          figure('baseline: apply the bytes to an empty Y.Doc', round(median(applyMs), 0), 'ms'),
        ],
        details: {
          roomBytes: bytes.byteLength,
          rounds,
          coldMs: coldMs.map((v) => round(v, 1)),
          warmMs: warmMs.map((v) => round(v, 1)),
          relayCpuMs: relayCpuMs.map((v) => round(v, 0)),
          sqliteMs: sqliteMs.map((v) => round(v, 2)),
          applyMs: applyMs.map((v) => round(v, 1)),
          note:
            'relay CPU time comes from /proc/<pid>/stat (10 ms ticks) and does not grow when the machine is busy, unlike wall time; ' +
            'the client is this process (stock y-websocket, ws); the relay a child process restarted (SIGKILL) per round',
        },
      };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
