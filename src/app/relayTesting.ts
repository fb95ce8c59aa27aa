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
