/**
 * The two servers the relay benchmarks compare, each as its own child process:
 * our relay (auth + durable SQLite storage on, via the e2e harness) and the
 * reference `@y/websocket-server` (in-memory, no auth). Both speak the y-websocket
 * protocol; only the URL shape and the token differ.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { startRelay, type StartRelayOptions } from '../../e2e/harness/relay';
import { ROOT } from './result';

export type ServerKind = 'ours' | 'reference';

export interface BenchServer {
  readonly kind: ServerKind;
  readonly pid: number;
  /** what a stock WebsocketProvider takes as its server URL (the room name is appended) */
  readonly providerUrl: string;
  /** the `?t=` token (empty for the reference, which ignores it) */
  readonly token: string;
  /** full socket URL of one room, for raw clients */
  roomUrl(room: string): string;
  stop(): Promise<void>;
}

/** Our relay, production defaults; `env` only for settings a benchmark must name. */
export interface OurRelay extends BenchServer {
  readonly dataDir: string;
  readonly httpUrl: string;
  kill(): Promise<void>;
}

/**
 * Diagnostics for the relay child only: RELAY_CPU_PROF=<dir> records a V8 CPU profile
 * into <dir> (written when it exits after SIGTERM, or on SIGUSR2); RELAY_NODE_OPTIONS
 * adds Node options (e.g. `--max-semi-space-size=64`, or `--import <file>` of a probe).
 */
function diagnosticsEnv(): Record<string, string> {
  const options = [process.env.NODE_OPTIONS, process.env.RELAY_NODE_OPTIONS];
  const dir = process.env.RELAY_CPU_PROF;
  if (dir) options.push(`--import ${join(ROOT, 'bench/lib/cpuProfile.mjs')}`);
  const nodeOptions = options.filter(Boolean).join(' ');
  return {
    ...(dir ? { RELAY_CPU_PROF: dir } : {}),
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
  };
}

export async function startOurs(options: StartRelayOptions = {}): Promise<OurRelay> {
  const relay = await startRelay({
    ...options,
    env: { LOG_LEVEL: 'warn', DIST_DIR: join(ROOT, 'dist'), ...diagnosticsEnv(), ...options.env },
  });
  const workers = Number(
    options.env?.RELAY_WORKERS ?? process.env.RELAY_WORKERS ?? availableParallelism(),
  );
  await workersStarted(relay.url, workers >= 2 ? workers : 0);
  const token = relay.adminToken;
  return {
    kind: 'ours',
    pid: relay.child.pid!,
    providerUrl: `${relay.wsUrl}/sync`,
    token,
    dataDir: relay.dataDir,
    httpUrl: relay.url,
    roomUrl: (room) => `${relay.wsUrl}/sync/${room}?t=${encodeURIComponent(token)}`,
    stop: () => relay.dispose(),
    kill: () => relay.kill(),
  };
}

/**
 * Waits until the relay's room workers run (each reports its loop in /metrics about a
 * second after it started). The relay listens while its workers still load their modules
 * (seconds of CPU under tsx): without this wait, a benchmark's first seconds — and its
 * CPU per update — measured the workers' start instead of the relay's work.
 */
async function workersStarted(httpUrl: string, workers: number): Promise<void> {
  const until = Date.now() + 30_000;
  while (workers > 0 && Date.now() < until) {
    const text = await fetch(`${httpUrl}/metrics`)
      .then((r) => r.text())
      .catch(() => '');
    const running = text.match(/^journeyboard_worker_event_loop_utilization\{/gm)?.length ?? 0;
    if (running >= workers) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The reference server's entry, from its package.json `bin` (it has no `main`). */
export function referenceEntry(): string {
  const require = createRequire(join(ROOT, 'package.json'));
  const pkgPath = require.resolve('@y/websocket-server/package.json');
  const pkg = require(pkgPath) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin['y-websocket-server'] ?? 'src/server.js');
}

/** A free loopback port (the reference server prints its configured port, so PORT=0 is no use). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export async function startReference(): Promise<BenchServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [referenceEntry()], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`reference server did not start:\n${output}`)),
      15_000,
    );
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`reference server exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const wsUrl = `ws://127.0.0.1:${port}`;
  return {
    kind: 'reference',
    pid: child.pid!,
    providerUrl: wsUrl,
    token: '',
    roomUrl: (room) => `${wsUrl}/${room}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function startServer(kind: ServerKind): Promise<BenchServer> {
  return kind === 'ours' ? startOurs() : startReference();
}

/**
 * The relay's own view from GET /metrics: commit latency, accepted → sent delay and
 * event-loop delay quantiles (ms), commits, refused frames — tells whether time went to
 * storage, to the relay's own work, or elsewhere.
 */
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

export async function relayMetrics(httpUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const q =
      /^journeyboard_(storage_write|forward_delay|event_loop_delay)_seconds\{quantile="([\d.]+)"\} ([\d.e+-]+)/.exec(
        line,
      );
    if (q) out[`${camel(q[1]!)}Ms_p${Number(q[2]) * 100}`] = Math.round(Number(q[3]) * 1e5) / 100;
    const c =
      /^journeyboard_(storage_write_seconds_count|storage_write_seconds_sum|storage_commits_total|storage_writes_total|event_loop_delay_seconds_max|rejected_frames_total|refused_connections_total|messages_out_total|messages_in_total)(\{[^}]*\})? ([\d.e+-]+)/.exec(
        line,
      );
    if (c) out[`${c[1]}${c[2] ?? ''}`] = Number(c[3]);
  }
  return out;
}
