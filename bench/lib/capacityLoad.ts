/**
 * The capacity load (bench/capacity-clients.ts in child processes) against one or more
 * relays: every client edits once a second, each room's clients spread over the relays'
 * URLs in turn (client k → relay k % n), so with several relays most receptions cross
 * between them. Samples the relays' /proc once a second. Used by capacity.ts (one server) and capacity-cluster.ts.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CapacityInput, CapacityOutput } from '../capacity-clients';
import { cpuPercent, sampleProc, type ProcSample } from './proc';
import { ROOT } from './result';
import { histogramPercentile } from './stats';
import { runWorker } from './worker';

/** clients per loopback source address (the relay allows 256 per address) */
const PER_ADDRESS = 200;

export interface LoadSettings {
  readonly rooms: number;
  readonly clientsPerRoom: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** client processes */
  readonly workers: number;
}

export interface LoadRelay {
  readonly pid: number;
  /** socket URL of a room, `{room}` in place of its name */
  readonly urlTemplate: string;
}

export interface RelayUsage {
  readonly peakRssMb: number;
  readonly cpuPercent: number;
}

export interface LoadResult {
  readonly clients: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly errorKinds: Record<string, number>;
  readonly edits: number;
  readonly receptions: { expected: number; received: number };
  readonly relays: RelayUsage[];
  readonly clientWorkerCpuPercent: number[];
}

/**
 * Starts the client processes of one load (rooms dealt out over them in turn) and waits
 * until every client is synced; `go()` starts the edits, `done` has their outputs.
 */
export async function startClients(
  urlTemplates: readonly string[],
  roomNames: readonly string[],
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<{ go(): void; done: Promise<CapacityOutput[]> }> {
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
      urlTemplate: urlTemplates[0]!,
      ...(urlTemplates.length > 1 ? { urlTemplates: [...urlTemplates] } : {}),
      rooms,
      clientsPerRoom: settings.clientsPerRoom,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      localAddresses: addresses,
      perAddress: PER_ADDRESS,
    };
    return runWorker<CapacityOutput>(join(ROOT, 'bench/capacity-clients.ts'), input, {
      timeoutMs: (settings.warmupSeconds + settings.seconds + 300) * 1000,
      onSpawn: (child) => children.push(child),
      log: (line) => {
        if (line === 'READY' && ++ready === settings.workers) allReady();
        else if (line !== 'READY') log(`  client worker ${w}: ${line}`);
      },
    });
  });
  const failed = Promise.all(runs).then(() => new Error('client workers ended before the run'));
  const first = await Promise.race([readyPromise.then(() => null), failed.catch((e: Error) => e)]);
  if (first) throw first;
  return {
    go: () => {
      for (const child of children) child.stdin?.write('GO\n');
    },
    done: Promise.all(runs),
  };
}

export async function capacityLoad(
  relays: readonly LoadRelay[],
  settings: LoadSettings,
  prefix: string,
  log: (line: string) => void,
): Promise<LoadResult> {
  const roomNames = Array.from({ length: settings.rooms }, (_, i) => `${prefix}-${i}`);
  const clients = await startClients(
    relays.map((r) => r.urlTemplate),
    roomNames,
    settings,
    log,
  );
  clients.go();
  const sample = () => relays.map((r) => sampleProc(r.pid));
  const samples: ProcSample[][] = [sample()];
  const sampler = setInterval(() => samples.push(sample()), 1000);
  const outputs = await clients.done.finally(() => clearInterval(sampler));
  samples.push(sample());

  const histogram = new Map<number, number>();
  for (const o of outputs)
    for (const [v, c] of o.histogram) histogram.set(v, (histogram.get(v) ?? 0) + c);
  const sum = (f: (o: CapacityOutput) => number) => outputs.reduce((s, o) => s + f(o), 0);
  const expected = sum((o) => o.expectedReceptions);
  const received = sum((o) => o.receptions);
  const lost = Math.max(0, expected - received);
  const errorKinds: Record<string, number> = {};
  for (const o of outputs)
    for (const [k, n] of Object.entries(o.errorKinds)) errorKinds[k] = (errorKinds[k] ?? 0) + n;
  const last = samples[samples.length - 1]!;
  return {
    clients: sum((o) => o.clients),
    p50: histogramPercentile(histogram, 50),
    p99: histogramPercentile(histogram, 99),
    errors: sum((o) => o.connectErrors + o.unexpectedCloses + o.unsyncedAtStart) + lost,
    errorKinds,
    edits: sum((o) => o.sent),
    receptions: { expected, received },
    relays: relays.map((_, i) => ({
      peakRssMb: Math.round(Math.max(...samples.map((s) => s[i]!.peakRssBytes)) / 1e6),
      cpuPercent: Math.round(cpuPercent(samples[0]![i]!, last[i]!)),
    })),
    clientWorkerCpuPercent: outputs.map((o) => o.cpuPercent),
  };
}
