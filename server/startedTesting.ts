/** Test helper: the relays and clients a test starts, stopped after each test. */
import { afterEach } from 'vitest';
import type { RelayProcess, TestClient } from './testing';

export interface Started {
  readonly relays: RelayProcess[];
  readonly clients: TestClient[];
}

/** Lists to push started relays and clients onto; after each test they are stopped and emptied. */
export function stoppedAfterEach(): Started {
  const started: Started = { relays: [], clients: [] };
  afterEach(async () => {
    for (const c of started.clients.splice(0)) c.destroy();
    await Promise.all(started.relays.splice(0).map((r) => r.stop('SIGKILL')));
  });
  return started;
}
