import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { handleTime } from '../../../server/time';
import { createRelayClock, timeUrlFor } from './clock';

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

/** A real HTTP server whose clock runs `skewMs` ahead of this process. */
async function relayWithClock(skewMs: number): Promise<string> {
  server = createServer((req, res) => {
    if (req.url === '/api/time') handleTime(req, res, () => Date.now() + skewMs);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return `ws://127.0.0.1:${(server!.address() as AddressInfo).port}/sync`;
}

describe('relay clock', () => {
  it('estimates the offset to a relay whose clock is an hour ahead, within the round trip', async () => {
    const relay = await relayWithClock(3_600_000);
    const clock = createRelayClock({ timeUrl: timeUrlFor(relay), samples: 5 });
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50); // before sync: local clock
    const est = await clock.sync();
    expect(est?.samples).toBe(5);
    expect(Math.abs(est!.offsetMs - 3_600_000)).toBeLessThanOrEqual(Math.max(20, est!.rttMs));
    expect(Math.abs(clock.now() - (Date.now() + 3_600_000))).toBeLessThan(100);
    clock.destroy();
  });

  it('keeps the local clock when the relay does not answer', async () => {
    const clock = createRelayClock({ timeUrl: 'http://127.0.0.1:9/api/time', samples: 2 });
    expect(await clock.sync()).toBeNull();
    expect(clock.estimate()).toBeNull();
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(50);
  });

  it('turns relay base urls into the time endpoint', () => {
    expect(timeUrlFor('wss://board.example/sync?x=1')).toBe('https://board.example/api/time');
    expect(timeUrlFor('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/api/time');
  });
});

describe('handleTime', () => {
  it('answers GET with the time, refuses other methods, and is never cached', async () => {
    const relay = await relayWithClock(0);
    const url = timeUrlFor(relay);
    const before = Date.now();
    const res = await fetch(url);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { now: number };
    expect(body.now).toBeGreaterThanOrEqual(before);
    expect(body.now).toBeLessThanOrEqual(Date.now());
    const post = await fetch(url, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
