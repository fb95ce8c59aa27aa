// The relay serves the built SPA, and caps rooms and connections per address.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rawSocket, startRelay, waitFor } from './testing';
import type { RelayProcess } from './testing';

let relays: RelayProcess[] = [];
afterEach(async () => {
  await Promise.all(relays.map((r) => r.stop('SIGKILL')));
  relays = [];
});
async function relay(env: Record<string, string>): Promise<RelayProcess> {
  const r = await startRelay({ env });
  relays.push(r);
  return r;
}

describe('static app', () => {
  it('serves files with content types, caches hashed assets, and falls back to index.html for app routes', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'jb-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>JB</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    const r = await relay({ DIST_DIR: dist });
    const get = (path: string) => fetch(`${r.http}${path}`);

    const js = await get('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
    for (const route of ['/', '/map/some-map', '/map/some-map?t=abc', '/settings']) {
      const res = await get(route);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>JB</title>');
    }
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await get('/api/nope')).status).toBe(404);
  });

  it('says how to build when dist/ is missing', async () => {
    const r = await relay({ DIST_DIR: join(tmpdir(), 'jb-no-such-dist') });
    const res = await fetch(`${r.http}/map/x`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
    expect(r.output()).toContain('npm run build');
    expect(r.output()).toMatch(/Journeyboard is running: http:\/\/127\.0\.0\.1:\d+\/\?t=\S+/);
  });
});

describe('capacity limits', () => {
  it('caps connections per address (4530) and rooms in memory (4503), evicting idle rooms first', async () => {
    const r = await relay({ MAX_CONNECTIONS_PER_IP: '3', MAX_ROOMS: '2', ROOM_IDLE_MS: '600000' });
    const url = (room: string) => `${r.ws}/sync/${room}?t=${r.adminToken}`;
    const a = rawSocket(url('one'));
    const b = rawSocket(url('two'));
    await Promise.all([a.opened, b.opened]);
    await waitFor(() => a.received.length >= 2 && b.received.length >= 2);
    // both rooms busy: a third room has no slot
    const c = rawSocket(url('three'));
    expect((await c.closed).code).toBe(4503);
    const d = rawSocket(url('one'));
    await waitFor(() => d.received.length >= 2);
    const e = rawSocket(url('one'));
    expect((await e.closed).code).toBe(4530); // a, b, d already open from 127.0.0.1
    // room "two" goes idle: its slot can be reused
    b.ws.close();
    await b.closed;
    const f = rawSocket(url('three'));
    await waitFor(() => f.received.length >= 2, 5000, 'room three opens after eviction');
    for (const s of [a, d, f]) s.ws.close();
  });
});
