/**
 * Test helper: a real relay child process that allows this page's origin, with one map
 * filled by `fill`, started before a file's tests and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  client,
  startRelay,
  synced,
  type RelayProcess,
  type TestClient,
} from '../../server/testing';
import type { newMapDoc } from '../sync';
import { connectRelay, type SyncConnection } from '../sync/connectRelay';
import { adoptingWebSocket } from './earlySocket';

export function relayWithMap(
  mapId: string,
  fill: (doc: TestClient['doc']) => void,
): () => RelayProcess {
  let relay: RelayProcess | undefined;
  beforeAll(async () => {
    relay = await startRelay({ env: { ALLOWED_ORIGINS: window.location.origin } });
    const seed = client(relay, mapId, relay.adminToken);
    fill(seed.doc);
    await synced(seed);
    seed.destroy();
  }, 60_000);
  afterAll(async () => {
    await relay?.stop('SIGKILL');
  });
  return () => {
    if (!relay) throw new Error('the relay starts in beforeAll');
    return relay;
  };
}

/** The stock provider as the app makes it for a link: it takes the early socket opened for its URL. */
export function adoptEarly(
  doc: ReturnType<typeof newMapDoc>,
  relayUrl: string,
  mapId: string,
  token: string,
): SyncConnection {
  return connectRelay(doc, { mapId, relayUrl, token, WebSocketImpl: adoptingWebSocket() });
}
