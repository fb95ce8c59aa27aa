/**
 * Test helpers: the relay as a real child process on port 0 with a temp DATA_DIR,
 * stock y-websocket clients, and raw sockets for bad input. Used by server/*.test.ts
 * and bench/ — not by the relay itself.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import WebSocket from 'ws';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface RelayProcess {
  readonly port: number;
  readonly http: string;
  readonly ws: string;
  readonly adminToken: string;
  readonly secret: string;
  readonly dataDir: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** sends a signal and resolves with the exit code (or the signal name) */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'jb-relay-'));
}

/** Spawns `node --import tsx server/main.ts` and waits for its "listening" line. */
export async function startRelay(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RelayProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DIST_DIR: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /\{"event":"listening".*"port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    port,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}`,
    adminToken:
      options.env?.ADMIN_TOKEN ?? readFileSync(join(dataDir, 'admin-token'), 'utf8').trim(),
    secret: options.env?.RELAY_SECRET ?? readFileSync(join(dataDir, 'relay-secret'), 'utf8').trim(),
    dataDir,
    child,
    output: () => out,
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** close events the provider saw */
  readonly closes: { code: number; reason: string }[];
  destroy(): void;
}

/** A stock y-websocket client (BroadcastChannel off, so only the relay connects peers). */
export function client(
  relay: { ws: string },
  mapId: string,
  token: string,
  doc = new Y.Doc(),
): TestClient {
  const provider = new WebsocketProvider(relay.ws + '/sync', mapId, doc, {
    params: { t: token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  return {
    doc,
    provider,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function synced(c: TestClient, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => c.provider.synced, timeoutMs, 'sync');
}

export interface RawSocket {
  readonly ws: WebSocket;
  readonly received: Uint8Array[];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** A bare socket, for bad input and for checking what the relay sends before closing. */
export function rawSocket(url: string, headers?: Record<string, string>): RawSocket {
  const ws = new WebSocket(url, { headers });
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, received, opened, closed };
}

export async function shareToken(
  relay: RelayProcess,
  mapId: string,
  role: string,
  expiresInHours?: number,
): Promise<string> {
  const res = await fetch(`${relay.http}/api/maps/${mapId}/share`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${relay.adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, expiresInHours }),
  });
  if (!res.ok) throw new Error(`share failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
