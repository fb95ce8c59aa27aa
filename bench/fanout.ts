/**
 * Benchmark 1 — relay fan-out against the reference server. Our relay (auth and
 * durable SQLite storage on) and `@y/websocket-server` run as child processes, one
 * at a time, alternating over several rounds so drift in machine load hits both;
 * the clients (bench/fanout-clients.ts) run in a third process. Figures are the
 * medians over rounds and the ratio ours / reference (goal ≤ 0.8 at p99 and burst).
 */
import { join } from 'node:path';
import type { FanoutInput, FanoutOutput } from './fanout-clients';
import { sampleProc, sampleThreads, threadCpuDelta } from './lib/proc';
import { relayMetrics, startOurs, startReference, type ServerKind } from './lib/servers';
import { figure, ROOT, type BenchOptions, type BenchResult, type Benchmark } from './lib/result';
import { median, round } from './lib/stats';
import { runWorker } from './lib/worker';

interface Round {
  round: number;
  server: ServerKind;
  result: FanoutOutput;
  /** ours only: storage latency etc. from GET /metrics */
  relay?: Record<string, number>;
  /** the server's CPU time over the clients' run per update sent (µs, /proc): steadier than latency */
  serverCpuUsPerUpdate: number;
  /** the same by thread (ours: relay, jb-room-N, jb-catalog, jb-checkpoint, node = V8/libuv helpers) */
  threadCpuUsPerUpdate: Record<string, number>;
}

async function oneRun(
  kind: ServerKind,
  round: number,
  settings: Omit<FanoutInput, 'providerUrl' | 'token' | 'room'>,
  options: BenchOptions,
): Promise<Round> {
  // our relay with a raised burst bucket: the reference has no rate limit, and a
  // 2,000-update burst would otherwise hit the default bucket of exactly 2,000
  const server =
    kind === 'ours'
      ? await startOurs({ env: { RATE_LIMIT_BURST: '10000' } })
      : await startReference();
  try {
    const cpuBefore = sampleProc(server.pid).cpuSeconds;
    const threadsBefore = sampleThreads(server.pid);
    const result = await runWorker<FanoutOutput>(
      join(ROOT, 'bench/fanout-clients.ts'),
      {
        ...settings,
        providerUrl: server.providerUrl,
        token: server.token,
        room: `fanout-${round}`,
      } satisfies FanoutInput,
      { timeoutMs: 180_000, log: options.log },
    );
    options.log(
      `  round ${round + 1} ${kind.padEnd(9)} paced p50 ${result.paced.p50} ms p99 ${result.paced.p99} ms, burst ${round1(result.burstMs)} ms` +
        (result.missing || result.disconnects
          ? `, missing ${result.missing}, disconnects ${result.disconnects}`
          : ''),
    );
    const relay = 'httpUrl' in server ? await relayMetrics(server.httpUrl as string) : undefined;
    if (relay)
      options.log(
        `    relay commit p50 ${relay.storageWriteMs_p50} ms, p99 ${relay.storageWriteMs_p99} ms; ` +
          `accepted → sent p50 ${relay.forwardDelayMs_p50} ms, p99 ${relay.forwardDelayMs_p99} ms; ` +
          `${relay.storage_commits_total} commits for ${relay['storage_writes_total{kind="update"}']} updates; ` +
          `event loop delay p99 ${relay.eventLoopDelayMs_p99} ms, max ${Math.round((relay.event_loop_delay_seconds_max ?? 0) * 1000)} ms`,
      );
    const updates = settings.edits + settings.burst;
    const cpuUs = (sampleProc(server.pid).cpuSeconds - cpuBefore) * 1e6;
    const serverCpuUsPerUpdate = Math.round(cpuUs / updates);
    const threadCpuUsPerUpdate: Record<string, number> = {};
    for (const [name, s] of threadCpuDelta(threadsBefore, sampleThreads(server.pid)))
      if (s > 0) threadCpuUsPerUpdate[name] = Math.round((s * 1e6) / updates);
    const byThread = Object.entries(threadCpuUsPerUpdate)
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => `${name} ${us}`)
      .join(', ');
    options.log(
      `    server CPU ${serverCpuUsPerUpdate} µs per update (whole run, /proc): ${byThread}`,
    );
    return {
      round,
      server: kind,
      result,
      ...(relay ? { relay } : {}),
      serverCpuUsPerUpdate,
      threadCpuUsPerUpdate,
    };
  } finally {
    await server.stop();
  }
}

const round1 = (v: number | null) => (v === null ? 'n/a' : Math.round(v));

export const fanout: Benchmark = {
  name: 'fanout',
  title: 'Relay fan-out vs @y/websocket-server (1 writer, 30 readers)',
  async run(options) {
    const base = options.quick
      ? { readers: 5, edits: 50, rate: 50, burst: 200, rounds: 1 }
      : { readers: 30, edits: 500, rate: 50, burst: 2000, rounds: 5 };
    // FANOUT_ROUNDS: fewer (or more) rounds for profiling and A/B runs
    const rounds_ = Number(process.env.FANOUT_ROUNDS);
    const settings = {
      ...base,
      rounds: Number.isInteger(rounds_) && rounds_ > 0 ? rounds_ : base.rounds,
    };
    const rounds: Round[] = [];
    for (let r = 0; r < settings.rounds; r++) {
      // alternate who goes first, so neither always runs on a warmer (or busier) machine
      const order: ServerKind[] = r % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
      for (const kind of order) rounds.push(await oneRun(kind, r, settings, options));
    }
    const pick = (kind: ServerKind, f: (o: FanoutOutput) => number | null) =>
      median(
        rounds
          .filter((x) => x.server === kind)
          .map((x) => f(x.result))
          .filter((v): v is number => v !== null),
      );
    const sum = (f: (o: FanoutOutput) => number) => rounds.reduce((s, x) => s + f(x.result), 0);
    const cpu = (kind: ServerKind) =>
      median(rounds.filter((x) => x.server === kind).map((x) => x.serverCpuUsPerUpdate));
    const ours = {
      p50: pick('ours', (o) => o.paced.p50),
      p99: pick('ours', (o) => o.paced.p99),
      burst: pick('ours', (o) => o.burstMs),
    };
    const ref = {
      p50: pick('reference', (o) => o.paced.p50),
      p99: pick('reference', (o) => o.paced.p99),
      burst: pick('reference', (o) => o.burstMs),
    };
    const ratio = (a: number, b: number) => round(a / b, 2);
    const atMost08 = { text: '≤ 0.8×', ok: (v: number) => v <= 0.8 };
    const errors =
      sum((o) => o.missing + o.disconnects) +
      rounds.filter((x) => x.result.burstMs === null).length;
    const result: BenchResult = {
      name: 'fanout',
      status: 'ok',
      figures: [
        figure('fan-out paced p50, ours', round(ours.p50, 2), 'ms'),
        figure('fan-out paced p50, reference', round(ref.p50, 2), 'ms'),
        figure('fan-out paced p99, ours', round(ours.p99, 2), 'ms'),
        figure('fan-out paced p99, reference', round(ref.p99, 2), 'ms'),
        figure('fan-out paced p99 ratio ours/reference', ratio(ours.p99, ref.p99), '×', atMost08),
        figure(`fan-out burst of ${settings.burst}, ours`, round(ours.burst, 0), 'ms'),
        figure(`fan-out burst of ${settings.burst}, reference`, round(ref.burst, 0), 'ms'),
        figure('fan-out burst ratio ours/reference', ratio(ours.burst, ref.burst), '×', atMost08),
        figure('server CPU per update, ours (µs, /proc)', round(cpu('ours'), 0), 'µs'),
        figure('server CPU per update, reference (µs, /proc)', round(cpu('reference'), 0), 'µs'),
        figure('fan-out lost updates + disconnects', errors, '', { text: '0', ok: (v) => v === 0 }),
      ],
      details: {
        settings,
        method:
          `each round starts a fresh server per kind (ours: auth + SQLite WAL, STORAGE_SYNC=${process.env.STORAGE_SYNC || 'full'}, ` +
          'group commit per event-loop turn; reference: in-memory), ' +
          'then one client process with stock y-websocket providers; latency = writer send -> reader observe, one clock',
        medians: { ours, reference: ref },
        rounds: rounds.map((x) => ({
          round: x.round + 1,
          server: x.server,
          ...x.result,
          serverCpuUsPerUpdate: x.serverCpuUsPerUpdate,
          threadCpuUsPerUpdate: x.threadCpuUsPerUpdate,
          ...(x.relay ? { relayMetrics: x.relay } : {}),
        })),
      },
    };
    return result;
  },
};
