/**
 * Benchmark 2 — capacity: 3,000 clients in 300 rooms (10 per room), each editing
 * once a second for 60 s, against our relay (production defaults: auth, durable
 * SQLite, rate limits) as a child process. Clients are raw ws + y-protocols
 * (bench/capacity-clients.ts) in 3 child processes, spread over loopback source
 * addresses 127.0.0.x so the per-address connection limit (256) holds unchanged.
 * Reports p50/p99 latency (sender -> every other client of the room), errors,
 * relay RSS and CPU from /proc. Goals: p99 < 20 ms, RSS < 1 GB, 0 errors. Then the same
 * clients against the in-memory reference server (same run): ours/reference p99 says how
 * much of the p99 is the relay and how much the clients and the machine.
 */
import { cpus, loadavg } from 'node:os';
import type { CapacityOutput } from './capacity-clients';
import { startClients, type LoadSettings } from './lib/capacityLoad';
import { cpuPercent, sampleProc, type ProcSample } from './lib/proc';
import { figure, type Benchmark } from './lib/result';
import { relayMetrics, startOurs, startReference, type BenchServer } from './lib/servers';
import { histogramPercentile, round } from './lib/stats';

function envInt(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** A first reading of what held the figures back, from the run's own numbers. */
function diagnose(r: {
  p99: number;
  relayCpuPercent: number;
  cpuUsPerEdit: number;
  commitP99Ms: number | undefined;
  forwardP99Ms: number | undefined;
  workerCpu: number[];
}): string[] {
  const out: string[] = [];
  const [load] = loadavg();
  const cores = cpus().length;
  if (load! > cores)
    out.push(
      `machine oversubscribed: load ${load!.toFixed(1)} on ${cores} cores (relay and clients wait for CPU)`,
    );
  if (r.relayCpuPercent > 85)
    out.push(`relay CPU-bound (${Math.round(r.relayCpuPercent)} % of a core)`);
  if (r.commitP99Ms !== undefined && r.commitP99Ms > 5)
    out.push(`storage commits slow: p99 ${r.commitP99Ms} ms (disk)`);
  if (r.forwardP99Ms !== undefined && r.forwardP99Ms < r.p99 / 4)
    out.push(
      `inside the relay an edit waited ${r.forwardP99Ms} ms (p99) from arrival to its sockets; the rest of the ` +
        `${Math.round(r.p99)} ms is queueing before the relay read it, kernel, or client workers`,
    );
  if (r.workerCpu.some((c) => c > 85))
    out.push(`a client worker CPU-bound (${r.workerCpu.join(', ')} %)`);
  if (out.length === 0 && r.p99 >= 20)
    out.push('nothing saturated on average: short stalls (see slowBySecond)');
  return out;
}

function mergeSeconds(lists: CapacityOutput['bySecond'][]): string[] {
  const out: { n: number; slow: number; maxMs: number }[] = [];
  for (const list of lists)
    list.forEach((s, i) => {
      const o = (out[i] ??= { n: 0, slow: 0, maxMs: 0 });
      o.n += s.n;
      o.slow += s.slow;
      o.maxMs = Math.max(o.maxMs, s.maxMs);
    });
  return out.map((s, i) => `${i}s: ${s.slow}/${s.n} ≥ 20 ms, max ${s.maxMs} ms`);
}

/** Runs the clients against `server`: their outputs and the server's /proc samples. */
async function drive(
  server: BenchServer,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<{ outputs: CapacityOutput[]; samples: ProcSample[]; idle: ProcSample }> {
  const roomNames = Array.from({ length: settings.rooms }, (_, i) => `cap-${i}`);
  const urlTemplate = server.roomUrl('{room}').replace('%7Broom%7D', '{room}');
  const clients = await startClients([urlTemplate], roomNames, settings, log);
  const idle = sampleProc(server.pid);
  log(
    `  ${server.kind}: ${settings.rooms * settings.clientsPerRoom} clients synced; server RSS ${(idle.rssBytes / 1e6).toFixed(0)} MB; editing for ${settings.warmupSeconds} s (warm-up) + ${settings.seconds} s`,
  );
  clients.go();
  const samples: ProcSample[] = [sampleProc(server.pid)];
  const sampler = setInterval(() => samples.push(sampleProc(server.pid)), 1000);
  const outputs = await clients.done.finally(() => clearInterval(sampler));
  return { outputs, samples, idle };
}

/** Latency p50/p99 over every reception of a run. */
function latency(outputs: CapacityOutput[]): { p50: number; p99: number } {
  const h = new Map<number, number>();
  for (const o of outputs) for (const [v, c] of o.histogram) h.set(v, (h.get(v) ?? 0) + c);
  return { p50: histogramPercentile(h, 50), p99: histogramPercentile(h, 99) };
}

export const capacity: Benchmark = {
  name: 'capacity',
  title: 'Relay capacity: 3,000 clients in 300 rooms, 1 edit/s each',
  async run({ quick, log }) {
    const base = quick
      ? { rooms: 10, clientsPerRoom: 10, seconds: 10, warmupSeconds: 2, workers: 2 }
      : { rooms: 300, clientsPerRoom: 10, seconds: 60, warmupSeconds: 5, workers: 3 };
    // for profiling and A/B runs: CAPACITY_ROOMS / CAPACITY_SECONDS / CAPACITY_WORKERS override
    const settings = {
      ...base,
      rooms: envInt('CAPACITY_ROOMS', base.rooms),
      seconds: envInt('CAPACITY_SECONDS', base.seconds),
      workers: envInt('CAPACITY_WORKERS', base.workers),
    };
    const relay = await startOurs();
    let ran: Awaited<ReturnType<typeof drive>>;
    let metrics: Record<string, number> | { error: string };
    try {
      ran = await drive(relay, settings, log);
      metrics = await relayMetrics(relay.httpUrl).catch((e: Error) => ({ error: e.message }));
    } finally {
      await relay.stop();
    }
    // the same load against the in-memory reference server, same run: what the clients and
    // the machine cost by themselves (CAPACITY_REFERENCE=0 skips it)
    let reference: { p50: number; p99: number; errors: number } | null = null;
    if (process.env.CAPACITY_REFERENCE !== '0') {
      const ref = await startReference();
      try {
        const r = await drive(ref, settings, log);
        const lost = (o: CapacityOutput) => Math.max(0, o.expectedReceptions - o.receptions);
        const errors = r.outputs.reduce(
          (s, o) => s + o.connectErrors + o.unexpectedCloses + o.unsyncedAtStart + lost(o),
          0,
        );
        reference = { ...latency(r.outputs), errors };
        log(
          `  reference: latency p50 ${reference.p50} ms, p99 ${reference.p99} ms; errors ${errors}`,
        );
      } finally {
        await ref.stop();
      }
    }
    {
      const { outputs, samples, idle } = ran;
      const last = samples[samples.length - 1]!;
      const merged = (pick: (o: CapacityOutput) => [number, number][]) => {
        const h = new Map<number, number>();
        for (const o of outputs) for (const [v, c] of pick(o)) h.set(v, (h.get(v) ?? 0) + c);
        return h;
      };
      const histogram = merged((o) => o.histogram);
      const warmup = merged((o) => o.warmupHistogram);
      const sum = (f: (o: CapacityOutput) => number) => outputs.reduce((s, o) => s + f(o), 0);
      const expected = sum((o) => o.expectedReceptions);
      const received = sum((o) => o.receptions);
      const lost = Math.max(0, expected - received);
      const errors = sum((o) => o.connectErrors + o.unexpectedCloses + o.unsyncedAtStart) + lost;
      const errorKinds: Record<string, number> = {};
      for (const o of outputs)
        for (const [k, n] of Object.entries(o.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + n;
      const peakRss = Math.max(...samples.map((s) => s.peakRssBytes));
      const p50 = histogramPercentile(histogram, 50);
      const p99 = histogramPercentile(histogram, 99);
      const cpu = cpuPercent(samples[0]!, last);
      // relay CPU per edit: steadier than wall-clock figures on a shared machine
      const cpuUsPerEdit = ((last.cpuSeconds - samples[0]!.cpuSeconds) * 1e6) / sum((o) => o.sent);
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
          ...(reference
            ? [
                figure(
                  'capacity p50, reference server (in memory), same clients',
                  round(reference.p50, 1),
                  'ms',
                ),
                figure(
                  'capacity p99, reference server (in memory), same clients',
                  round(reference.p99, 1),
                  'ms',
                ),
                figure('capacity p99 ratio ours/reference', round(p99 / reference.p99, 2), '×'),
              ]
            : []),
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
          figure(
            'relay CPU time per edit (receive, store, forward to 9)',
            round(cpuUsPerEdit, 0),
            'µs',
          ),
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
          // not in the figures: edits sent while the freshly started relay warms up
          warmupLatencyMs: {
            seconds: settings.warmupSeconds,
            p50: round(histogramPercentile(warmup, 50), 2),
            p99: round(histogramPercentile(warmup, 99), 2),
            max: round(Math.max(...warmup.keys()), 1),
          },
          edits: sum((o) => o.sent),
          // when the slow receptions happened: per second of the run, over all workers
          slowBySecond: mergeSeconds(outputs.map((o) => o.bySecond)),
          receptions: { expected, received, undeliveredTenSecondsAfterTheEnd: lost },
          clientWorkerCpuPercent: outputs.map((o) => o.cpuPercent),
          connectErrors: sum((o) => o.connectErrors),
          unexpectedCloses: sum((o) => o.unexpectedCloses),
          unsyncedAtStart: sum((o) => o.unsyncedAtStart),
          errorKinds,
          connectSeconds: outputs.map((o) => round(o.connectMs / 1000, 1)),
          relay: {
            idleRssMb: round(idle.rssBytes / 1e6, 0),
            peakRssMb: round(peakRss / 1e6, 0),
            endRssMb: round(last.rssBytes / 1e6, 0),
            cpuPercentMean: round(cpu, 0),
            cpuPercentMaxPerSecond: round(Math.max(...perSecond), 0),
          },
          relayMetrics: metrics,
          reference: reference ?? 'skipped (CAPACITY_REFERENCE=0)',
          storageSync: process.env.STORAGE_SYNC || 'full',
          limitedBy: diagnose({
            p99,
            relayCpuPercent: cpu,
            cpuUsPerEdit,
            commitP99Ms: (metrics as Record<string, number>).storageWriteMs_p99,
            forwardP99Ms: (metrics as Record<string, number>).forwardDelayMs_p99,
            workerCpu: outputs.map((o) => o.cpuPercent),
          }),
          note:
            'the relay stores the updates of one event-loop turn in ONE SQLite transaction (relayMetrics.storage_commits_total vs ' +
            'storage_writes_total) and forwards them after it, merged per room; relay CPU per edit × 3,000 edits/s is the share of a ' +
            'core it needs. On the 2-core machine, shared with the 3 client workers and whatever else runs, a relay that does not get ' +
            'that share queues: relayMetrics.eventLoopDelayMs_*, slowBySecond and limitedBy show when and why',
        },
      };
    }
  },
};
