/**
 * Relay settings from the environment (documented in shared/spec/interfaces.md).
 * Secrets that are not given are generated once into DATA_DIR (mode 0600), so a
 * restart keeps every share link and the admin URL valid.
 */
import { randomBytes } from 'node:crypto';
import { parseTrustProxy } from './clientAddress';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { SyncMode } from './storage';

export interface RelayConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly relaySecret: string;
  readonly adminToken: string;
  readonly maxMessageBytes: number;
  readonly maxDocBytes: number;
  readonly logLevel: string;
  /** extra browser origins allowed to open sockets, besides the relay's own */
  readonly allowedOrigins: readonly string[];
  /** where the built SPA lives; null disables static serving */
  readonly distDir: string | null;
  /** base URL of share links and the start-up link (PUBLIC_URL); null: worked out per request */
  readonly publicUrl: string | null;
  /** TRUST_PROXY: proxies whose X-Forwarded-For names the client (clientAddress.ts) */
  readonly trustProxy?: readonly string[];
  /** PostgreSQL shared by several relays (DATABASE_URL); null: SQLite in dataDir */
  readonly databaseUrl: string | null;
  /** SQLite `synchronous` (STORAGE_SYNC, default full): see server/README.md, Durability */
  readonly storageSync: SyncMode;
  /** keep the team catalog (CATALOG, default on; `off` only for the fan-out benchmark's baseline) */
  readonly catalog?: boolean;
  /** worker threads that own the rooms (RELAY_WORKERS, default: the cores; 0/1: in-process) */
  readonly relayWorkers?: number;
  readonly limits: RelayLimits;
}

export interface RelayLimits {
  /** sustained messages per second per connection (token bucket refill) */
  readonly messagesPerSecond: number;
  /** bucket size: a burst of this many messages is fine */
  readonly messageBurst: number;
  readonly connectionsPerIp: number;
  readonly maxRooms: number;
  /** a room with no clients is unloaded this long after the last one left */
  readonly roomIdleMs: number;
  /** a dead socket is terminated after missing one pong within this interval */
  readonly pingIntervalMs: number;
  /** compact a room once it has this many stored updates */
  readonly compactAfterUpdates: number;
  /**
   * a connection that was sent nothing for this long gets an empty awareness frame:
   * the stock client drops a socket that receives nothing for 30 s (0 disables)
   */
  readonly keepaliveMs: number;
  /**
   * per-connection budget of the relay's CPU time spent on its frames (decode, apply):
   * milliseconds per second sustained, and the burst; above it the socket is closed (4531)
   */
  readonly workMsPerSecond: number;
  readonly workMsBurst: number;
  /** per-connection budget of received bytes: per second sustained, and the burst */
  readonly bytesPerSecond: number;
  readonly bytesBurst: number;
  /**
   * most structs one update frame may carry, counted before it is decoded (updateCost.ts);
   * above it the socket is closed with 4413 (the same frame again cannot help)
   */
  readonly maxUpdateStructs: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  messagesPerSecond: 300,
  messageBurst: 2000,
  connectionsPerIp: 256,
  maxRooms: 2000,
  roomIdleMs: 30_000,
  pingIntervalMs: 30_000,
  compactAfterUpdates: 500,
  keepaliveMs: 10_000,
  workMsPerSecond: 250,
  workMsBurst: 2000,
  bytesPerSecond: 4 * 1024 * 1024,
  bytesBurst: 16 * 1024 * 1024,
  maxUpdateStructs: 50_000,
};

type Env = Readonly<Record<string, string | undefined>>;

function int(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

/** Reads a secret file, or creates it with fresh random bytes (mode 0600). */
function persistentSecret(dataDir: string, file: string): string {
  const path = join(dataDir, file);
  if (existsSync(path)) {
    const value = readFileSync(path, 'utf8').trim();
    if (value.length >= 16) return value;
  }
  const value = randomBytes(32).toString('base64url');
  writeFileSync(path, value + '\n', { mode: 0o600 });
  chmodSync(path, 0o600); // writeFileSync keeps the mode of an existing file
  return value;
}

function publicUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be a URL like http://192.168.1.20:8080, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`PUBLIC_URL must start with http:// or https://, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function syncMode(raw: string | undefined): SyncMode {
  const v = (raw || 'full').toLowerCase();
  if (v !== 'full' && v !== 'normal')
    throw new Error(`STORAGE_SYNC must be "full" or "normal", got "${raw}"`);
  return v;
}

function databaseUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//.test(raw))
    throw new Error('DATABASE_URL must be a postgres:// connection string');
  return raw;
}

/** Builds the relay configuration; throws with the variable's name on a bad value. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): RelayConfig {
  const dataDir = resolve(cwd, env.DATA_DIR || './data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const port = int(env, 'PORT', 8080);
  if (port > 65535) throw new Error(`PORT must be at most 65535, got ${port}`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir,
    relaySecret: env.RELAY_SECRET || persistentSecret(dataDir, 'relay-secret'),
    adminToken: env.ADMIN_TOKEN || persistentSecret(dataDir, 'admin-token'),
    maxMessageBytes: int(env, 'MAX_MESSAGE_BYTES', 2 * 1024 * 1024),
    maxDocBytes: int(env, 'MAX_DOC_BYTES', 64 * 1024 * 1024),
    logLevel: env.LOG_LEVEL || 'info',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    distDir: env.DIST_DIR === '' ? null : resolve(cwd, env.DIST_DIR || 'dist'),
    publicUrl: publicUrl(env.PUBLIC_URL),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    storageSync: syncMode(env.STORAGE_SYNC),
    catalog: env.CATALOG !== 'off',
    relayWorkers: int(env, 'RELAY_WORKERS', availableParallelism()),
    limits: {
      messagesPerSecond: int(env, 'RATE_LIMIT_PER_SEC', DEFAULT_LIMITS.messagesPerSecond),
      messageBurst: int(env, 'RATE_LIMIT_BURST', DEFAULT_LIMITS.messageBurst),
      connectionsPerIp: int(env, 'MAX_CONNECTIONS_PER_IP', DEFAULT_LIMITS.connectionsPerIp),
      maxRooms: int(env, 'MAX_ROOMS', DEFAULT_LIMITS.maxRooms),
      roomIdleMs: int(env, 'ROOM_IDLE_MS', DEFAULT_LIMITS.roomIdleMs),
      pingIntervalMs: int(env, 'PING_INTERVAL_MS', DEFAULT_LIMITS.pingIntervalMs),
      compactAfterUpdates: int(env, 'COMPACT_AFTER_UPDATES', DEFAULT_LIMITS.compactAfterUpdates),
      keepaliveMs: int(env, 'KEEPALIVE_MS', DEFAULT_LIMITS.keepaliveMs),
      workMsPerSecond: int(env, 'BUDGET_MS_PER_SEC', DEFAULT_LIMITS.workMsPerSecond),
      workMsBurst: int(env, 'BUDGET_MS_BURST', DEFAULT_LIMITS.workMsBurst),
      bytesPerSecond: int(env, 'BUDGET_BYTES_PER_SEC', DEFAULT_LIMITS.bytesPerSecond),
      bytesBurst: int(env, 'BUDGET_BYTES_BURST', DEFAULT_LIMITS.bytesBurst),
      maxUpdateStructs: int(env, 'MAX_UPDATE_STRUCTS', DEFAULT_LIMITS.maxUpdateStructs),
    },
  };
}
