/**
 * Benchmark 2 — capacity: 3,000 clients in 300 rooms (10 per room), each editing
 * once a second for 60 s, against our relay (production defaults: auth, durable
 * SQLite, rate limits) as a child process. Clients are raw ws + y-protocols
 * (bench/capacity-clients.ts) in 3 child processes, spread over loopback source
 * addresses 127.0.0.x so the per-address connection limit (256) holds unchanged.
 * Reports p50/p99 latency (sender -> every other client of the room), errors,
 * relay RSS and CPU from /proc. Goals: p99 < 20 ms, RSS < 1 GB, 0 errors.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CapacityInput, CapacityOutput } from './capacity-clients';
import { cpuPercent, sampleProc, type ProcSample } from './lib/proc';
import { figure, ROOT, type Benchmark } from './lib/result';
import { relayMetrics, startOurs } from './lib/servers';
import { histogramPercentile, round } from './lib/stats';
import { runWorker } from './lib/worker';

const PER_ADDRESS = 200;

export const capacity: Benchmark = {
  name: 'capacity',
  title: 'Relay capacity: 3,000 clients in 300 rooms, 1 edit/s each',
  async run({ quick, log }) {
    const settings = quick
      ? { rooms: 10, clientsPerRoom: 10, seconds: 10, workers: 2 }
      : { rooms: 300, clientsPerRoom: 10, seconds: 60, workers: 3 };
    const relay = await startOurs();
    try {
      const roomNames = Array.from({ length: settings.rooms }, (_, i) => `cap-${i}`);
      const children: ChildProcess[] = [];
      let ready = 0;
      let allReady: () => void = () => {};
      const readyPromise = new Promise<void>((r) => (allReady = r));
      let addressBase = 2;
      const runs = Array.from({ length: settings.workers }, (_, w) => {
        const rooms = roomNames.filter((_, i) => i % settings.workers === w);
        const clients = rooms.length * settings.clientsPerRoom;
        const addresses = Array.from(
          { length: Math.ceil(clients / PER_ADDRESS) },
          () => `127.0.0.${addressBase++}`,
        );
        const input: CapacityInput = {
          urlTemplate: relay.roomUrl('{room}').replace('%7Broom%7D', '{room}'),
          rooms,
          clientsPerRoom: settings.clientsPerRoom,
          seconds: settings.seconds,
          localAddresses: addresses,
          perAddress: PER_ADDRESS,
        };
        return runWorker<CapacityOutput>(join(ROOT, 'bench/capacity-clients.ts'), input, {
          timeoutMs: (settings.seconds + 300) * 1000,
          onSpawn: (child) => children.push(child),
          log: (line) => {
            if (line === 'READY' && ++ready === settings.workers) allReady();
            else if (line !== 'READY') log(`  worker ${w}: ${line}`);
          },
        });
      });
      const failed = Promise.all(runs).then(() => new Error('workers ended before the run'));
      const first = await Promise.race([
        readyPromise.then(() => null),
        failed.catch((e: Error) => e),
      ]);
      if (first) throw first;
      const idle = sampleProc(relay.pid);
      log(
        `  ${settings.rooms * settings.clientsPerRoom} clients synced; relay RSS ${(idle.rssBytes / 1e6).toFixed(0)} MB; editing for ${settings.seconds} s`,
      );
      for (const child of children) child.stdin?.write('GO\n');
      const samples: ProcSample[] = [sampleProc(relay.pid)];
      const sampler = setInterval(() => samples.push(sampleProc(relay.pid)), 1000);
      const outputs = await Promise.all(runs).finally(() => clearInterval(sampler));
      const last = samples[samples.length - 1]!;
      const metrics = await relayMetrics(relay.httpUrl).catch((e: Error) => ({ error: e.message }));

      const histogram = new Map<number, number>();
      for (const o of outputs)
        for (const [v, c] of o.histogram) histogram.set(v, (histogram.get(v) ?? 0) + c);
      const sum = (f: (o: CapacityOutput) => number) => outputs.reduce((s, o) => s + f(o), 0);
      const expected = sum((o) => o.expectedReceptions);
      const received = sum((o) => o.receptions);
      const lost = Math.max(0, expected - received);
      const errors = sum((o) => o.connectErrors + o.unexpectedCloses) + lost;
      const peakRss = Math.max(...samples.map((s) => s.peakRssBytes));
      const p50 = histogramPercentile(histogram, 50);
      const p99 = histogramPercentile(histogram, 99);
      const cpu = cpuPercent(samples[0]!, last);
      const perSecond = samples.slice(1).map((s, i) => cpuPercent(samples[i]!, s));
      log(
        `  latency p50 ${p50} ms, p99 ${p99} ms; errors ${errors}; relay peak RSS ${(peakRss / 1e6).toFixed(0)} MB, CPU ${cpu.toFixed(0)} % of a core`,
      );
      return {
        name: 'capacity',
        status: 'ok',
        figures: [
          figure(`capacity p50 (${sum((o) => o.clients)} clients)`, round(p50, 1), 'ms'),
          figure(`capacity p99 (${sum((o) => o.clients)} clients)`, round(p99, 1), 'ms', {
            text: '< 20 ms',
            ok: (v) => v < 20,
          }),
          figure(
            'capacity errors (refused + dropped + undelivered 10 s after the end)',
            errors,
            '',
            { text: '0', ok: (v) => v === 0 },
          ),
          figure('relay peak RSS', round(peakRss / 1e6, 0), 'MB', {
            text: '< 1 GB',
            ok: (v) => v < 1000,
          }),
          figure('relay CPU, mean over the run', round(cpu, 0), '% of a core'),
        ],
        details: {
          settings: {
            ...settings,
            clientKind:
              'raw ws + y-protocols sync (one Y.Doc each; receivers parse update ids, do not apply)',
          },
          latencyMs: {
            p50: round(p50, 2),
            p90: round(histogramPercentile(histogram, 90), 2),
            p99: round(p99, 2),
            p999: round(histogramPercentile(histogram, 99.9), 2),
            max: round(Math.max(...histogram.keys()), 1),
            samples: [...histogram.values()].reduce((a, b) => a + b, 0),
          },
          edits: sum((o) => o.sent),
          receptions: { expected, received, undeliveredTenSecondsAfterTheEnd: lost },
          clientWorkerCpuPercent: outputs.map((o) => o.cpuPercent),
          connectErrors: sum((o) => o.connectErrors),
          unexpectedCloses: sum((o) => o.unexpectedCloses),
          connectSeconds: outputs.map((o) => round(o.connectMs / 1000, 1)),
          relay: {
            idleRssMb: round(idle.rssBytes / 1e6, 0),
            peakRssMb: round(peakRss / 1e6, 0),
            endRssMb: round(last.rssBytes / 1e6, 0),
            cpuPercentMean: round(cpu, 0),
            cpuPercentMaxPerSecond: round(Math.max(...perSecond), 0),
          },
          relayMetrics: metrics,
          note:
            'relay CPU below 100 % while latency grows means the relay waits, not computes: it appends every update with a ' +
            'synchronous fsync (SQLite WAL, synchronous=FULL) before forwarding; relayMetrics.storage_write_seconds_count vs edits shows how far it got',
        },
      };
    } finally {
      await relay.stop();
    }
  },
};
