/**
 * Test helper for server/*.test.ts: relays and stock clients started by a test are
 * registered here and all stopped after each test, so a failing test leaks nothing.
 */
import { afterEach } from 'vitest';
import { client, startRelay } from './testing';
import type { RelayProcess, TestClient } from './testing';

export interface RelayPool {
  /** A real relay child process, stopped after the current test. */
  relay(options?: Parameters<typeof startRelay>[0]): Promise<RelayProcess>;
  /** A stock y-websocket client on `mapId` (admin token unless given), destroyed after the test. */
  open(r: RelayProcess, mapId: string, token?: string): TestClient;
  /** Destroys every client opened so far (e.g. before restarting a relay). */
  closeClients(): void;
}

export function relayPool(): RelayPool {
  let relays: RelayProcess[] = [];
  let clients: TestClient[] = [];
  const closeClients = () => {
    for (const c of clients) c.destroy();
    clients = [];
  };
  afterEach(async () => {
    closeClients();
    await Promise.all(relays.map((r) => r.stop('SIGKILL')));
    relays = [];
  });
  return {
    async relay(options) {
      const r = await startRelay(options);
      relays.push(r);
      return r;
    },
    open(r, mapId, token = r.adminToken) {
      const c = client(r, mapId, token);
      clients.push(c);
      return c;
    },
    closeClients,
  };
}
