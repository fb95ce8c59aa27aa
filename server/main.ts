/**
 * Entry point: `node --import tsx server/main.ts` (what `npm start` runs).
 * Prints one JSON line `{"event":"listening",…}` for scripts and tests, then the URL
 * to open with the admin token. SIGTERM/SIGINT: stop accepting, flush, close
 * sockets with 1001, exit 0.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from './config';
import { RelayServer } from './relay';
import { NOT_BUILT_MESSAGE, isBuilt } from './static';

/** Starts a relay from the environment and wires the signals. Returns the running relay. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RelayServer> {
  const config = loadConfig(env);
  const relay = new RelayServer(config, { publicUrl: env.PUBLIC_URL || null });
  const port = await relay.listen();
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const base = env.PUBLIC_URL?.replace(/\/+$/, '') || `http://${shownHost}:${port}`;
  process.stdout.write(
    JSON.stringify({ event: 'listening', host: config.host, port, dataDir: config.dataDir }) + '\n',
  );
  if (!isBuilt(config.distDir)) process.stdout.write(`Note: ${NOT_BUILT_MESSAGE}\n`);
  process.stdout.write(
    `Journeyboard is running: ${base}/?t=${encodeURIComponent(config.adminToken)}\n`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    relay.log.info({ signal }, 'shutting down');
    relay.close().then(
      () => {
        relay.log.flush();
        process.exit(0);
      },
      (err: unknown) => {
        relay.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return relay;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    process.stderr.write(`Journeyboard relay failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
