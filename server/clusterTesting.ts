/**
 * Test helpers for several relays on one PostgreSQL: relays that share a database and
 * secrets, and a TCP proxy that plays the load balancer (each new connection goes to
 * the first relay that accepts it), so clients of a killed relay reconnect to another
 * one behind the same address.
 */
import { connect, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { startRelay } from './testing';
import type { RelayProcess } from './testing';

export const CLUSTER_SECRETS = {
  RELAY_SECRET: 'cluster-test-secret-0123456789abcdef',
  ADMIN_TOKEN: 'cluster-test-admin-0123456789abcdef',
};

/** A relay on `databaseUrl` with the shared secrets (its own temp DATA_DIR, port 0). */
export function clusterRelay(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<RelayProcess> {
  return startRelay({ env: { DATABASE_URL: databaseUrl, ...CLUSTER_SECRETS, ...env } });
}

export interface Proxy {
  readonly port: number;
  readonly ws: string;
  /** cuts every connection through it now (it keeps listening) */
  dropAll(): void;
  close(): Promise<void>;
}

/** Forwards each connection to the first of `ports()` that accepts it. */
export async function tcpProxy(ports: () => readonly number[]): Promise<Proxy> {
  const open = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    open.add(inbound);
    inbound.on('close', () => open.delete(inbound));
    inbound.on('error', () => inbound.destroy());
    inbound.pause();
    const targets = [...ports()];
    const tryNext = (): void => {
      const port = targets.shift();
      if (port === undefined) return void inbound.destroy();
      const outbound = connect(port, '127.0.0.1');
      outbound.once('error', () => {
        outbound.destroy();
        tryNext();
      });
      outbound.once('connect', () => {
        open.add(outbound);
        outbound.removeAllListeners('error');
        outbound.on('error', () => inbound.destroy());
        outbound.on('close', () => {
          open.delete(outbound);
          inbound.destroy();
        });
        inbound.on('close', () => outbound.destroy());
        inbound.pipe(outbound);
        outbound.pipe(inbound);
        inbound.resume();
      });
    };
    tryNext();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    ws: `ws://127.0.0.1:${port}`,
    dropAll: () => {
      for (const s of open) s.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
