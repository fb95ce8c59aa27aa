// Behind a reverse proxy (TRUST_PROXY): the per-address cap counts the clients named by
// X-Forwarded-For, not the proxy; without TRUST_PROXY the header changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { CloseCode } from './closeCodes';
import { rawSocket, startRelay, waitFor } from './testing';
import type { RawSocket, RelayProcess } from './testing';

const started: RelayProcess[] = [];
afterAll(() => Promise.all(started.map((r) => r.stop('SIGKILL'))));

async function relay(env: Record<string, string>): Promise<RelayProcess> {
  const r = await startRelay({ env: { MAX_CONNECTIONS_PER_IP: '2', ...env } });
  started.push(r);
  return r;
}

/** A socket "from" `client` as a proxy on 127.0.0.1 would forward it. */
function via(r: RelayProcess, client: string): RawSocket {
  return rawSocket(`${r.ws}/sync/proxied?t=${r.adminToken}`, { 'X-Forwarded-For': client });
}

const greeted = (s: RawSocket) => waitFor(() => s.received.length >= 2, 10_000, 'greeting');

describe('TRUST_PROXY', () => {
  it('counts connections per forwarded client address', async () => {
    const r = await relay({ TRUST_PROXY: '127.0.0.1,::1' });
    const a1 = via(r, '198.51.100.1');
    const a2 = via(r, '198.51.100.1');
    await Promise.all([greeted(a1), greeted(a2)]);
    expect((await via(r, '198.51.100.1').closed).code).toBe(CloseCode.tooManyConnections);
    // another client behind the same proxy still gets in
    const b = via(r, '198.51.100.2');
    await greeted(b);
    for (const s of [a1, a2, b]) s.ws.close();
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a client cannot pick its address', async () => {
    const r = await relay({});
    const a1 = via(r, '198.51.100.1');
    const a2 = via(r, '198.51.100.2');
    await Promise.all([greeted(a1), greeted(a2)]);
    expect((await via(r, '198.51.100.3').closed).code).toBe(CloseCode.tooManyConnections);
    for (const s of [a1, a2]) s.ws.close();
  });

  it('refuses to start with a TRUST_PROXY entry that is not an address', async () => {
    await expect(relay({ TRUST_PROXY: 'proxy.local' })).rejects.toThrow(
      /TRUST_PROXY.*proxy\.local/,
    );
  });
});
