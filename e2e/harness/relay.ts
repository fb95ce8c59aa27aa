/**
 * Starts the real relay (which serves the built app from dist/) as a child process on a
 * free port with its own temporary DATA_DIR. Used by every e2e spec and by benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RelayProcess {
  readonly url: string; // http://127.0.0.1:<port>
  readonly wsUrl: string; // ws://127.0.0.1:<port>
  readonly port: number;
  readonly adminToken: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  /** SIGTERM (graceful) and wait for exit */
  stop(): Promise<void>;
  /** SIGKILL, keep the data dir (for restart tests) */
  kill(): Promise<void>;
  /** stop and remove the data dir */
  dispose(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

export interface StartRelayOptions {
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
}

export async function startRelay(options: StartRelayOptions = {}): Promise<RelayProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'journeyboard-e2e-'));
  const adminToken = options.env?.ADMIN_TOKEN ?? `admin-${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_TOKEN: adminToken,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/[\d.]+:(\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const waitExit = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    adminToken,
    dataDir,
    child,
    stop: () => waitExit('SIGTERM'),
    kill: () => waitExit('SIGKILL'),
    async dispose() {
      await waitExit('SIGTERM');
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
