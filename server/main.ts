/**
 * Entry point: `node --import tsx server/main.ts` (what `npm start` runs).
 * Prints one JSON line `{"event":"listening",…}` for scripts and tests, then the URL
 * to open with the admin token. SIGTERM/SIGINT: stop accepting, flush, close
 * sockets with 1001, exit 0.
 */
import { pathToFileURL } from 'node:url';
import { loadConfig } from './config';
import { bindsAllInterfaces, lanAddresses } from './publicUrl';
import { RelayServer } from './relay';
import { NOT_BUILT_MESSAGE, isBuilt } from './static';

/** Starts a relay from the environment and wires the signals. Returns the running relay. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RelayServer> {
  const config = loadConfig(env);
  const relay = new RelayServer(config);
  const port = await relay.listen();
  process.stdout.write(
    JSON.stringify({ event: 'listening', host: config.host, port, dataDir: config.dataDir }) + '\n',
  );
  if (!isBuilt(config.distDir)) process.stdout.write(`Note: ${NOT_BUILT_MESSAGE}\n`);
  process.stdout.write(startupMessage(config.host, port, config.publicUrl, config.adminToken));

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

/**
 * The admin link (for the facilitator's own browser: it carries the admin token) and,
 * when others can connect, where they reach the relay — share links point there.
 */
export function startupMessage(
  host: string,
  port: number,
  publicUrl: string | null,
  adminToken: string,
  lan: readonly string[] = lanAddresses(),
): string {
  const all = bindsAllInterfaces(host);
  const own = publicUrl ?? `http://${all ? '127.0.0.1' : host}:${port}`;
  const lines = [`Journeyboard is running: ${own}/?t=${encodeURIComponent(adminToken)}`];
  lines.push(
    '  Open that link in your own browser; it carries your admin token, keep it to yourself.',
  );
  if (publicUrl) {
    lines.push(`  Share links point at ${publicUrl} (PUBLIC_URL).`);
  } else if (all && lan.length > 0) {
    const urls = lan.map((ip) => `http://${ip}:${port}`);
    lines.push(`  On this network: ${urls.join(', ')}`);
    lines.push(
      `  Share links point at ${urls[0]}${lan.length > 1 ? ' (set PUBLIC_URL to pick another)' : ''}.`,
    );
  } else if (all) {
    lines.push('  No network address found: set PUBLIC_URL to the address others should open.');
  }
  return lines.join('\n') + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    process.stderr.write(`Journeyboard relay failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
