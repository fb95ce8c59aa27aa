/**
 * Test helper: a throwaway PostgreSQL server from the system's binaries (Debian's
 * `postgresql` package, installed by scripts/ensure-system.mjs), on a free port in a
 * temporary folder. PostgreSQL refuses to run as root, so as root the server runs as the
 * `postgres` user (`runuser`), its folder chowned to it. `stop()` ends it and removes the
 * folder; `restart()` stops and starts it on the same port (fault tests). Used by
 * server/**\/*.test.ts and bench/ — never by the relay.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where initdb and pg_ctl are: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBin(): string {
  const given = process.env.PG_BIN;
  if (given) return given;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      'PostgreSQL binaries not found: run `node scripts/ensure-system.mjs` as root ' +
        '(apt-get install -y postgresql), or set PG_BIN to the folder with initdb and pg_ctl.',
    );
  return join(root, versions[0]!, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface PostgresServer {
  /** connection string of the `postgres` database */
  readonly url: string;
  readonly port: number;
  /** a fresh, empty database on this server; resolves with its connection string */
  createDatabase(name: string): string;
  /** stops the server (`fast`: clients are disconnected) and starts it again, same port */
  restart(options?: { downMs?: number }): Promise<void>;
  stopServer(): void;
  startServer(): void;
  /** stops the server and removes its folder */
  stop(): void;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'jb-pg-'));
  const data = join(dir, 'data');
  chmodSync(dir, 0o700);
  const asPostgres = (tool: string, args: string[]): void => {
    const [cmd, argv] = isRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    const run = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0)
      throw new Error(`${tool} failed (${run.status}): ${run.stderr || run.stdout}`);
  };
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // fsync off: a test server's crash safety is not under test (the relay's commits are)
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const startServer = () =>
    asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stopServer = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  startServer();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const psql = (sql: string) =>
    asPostgres('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-q', '-c', sql]);
  return {
    url,
    port,
    createDatabase(name) {
      psql(`CREATE DATABASE "${name}"`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async restart({ downMs = 0 } = {}) {
      stopServer();
      await new Promise((r) => setTimeout(r, downMs));
      startServer();
    },
    stopServer,
    startServer,
    stop() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
