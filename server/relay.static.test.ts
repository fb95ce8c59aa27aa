// The relay serves the built SPA, and caps rooms and connections per address.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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

  it('sends the stored Brotli or gzip copy the browser accepts, the file itself otherwise', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'jb-dist-'));
    mkdirSync(join(dist, 'assets'));
    const html = Buffer.from(`<!doctype html><title>JB</title>${'<p>Karte</p>'.repeat(300)}`);
    const js = Buffer.from('console.log("Übersicht");\n'.repeat(300));
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(dist, 'index.html.gz'), gzipSync(html));
    writeFileSync(join(dist, 'assets', 'app-abc.js'), js);
    writeFileSync(join(dist, 'assets', 'app-abc.js.gz'), gzipSync(js));
    const r = await relay({ DIST_DIR: dist });
    // node:http, not fetch: the raw bytes and headers, nothing decoded on the way
    const get = (path: string, acceptEncoding: string | null, method = 'GET') =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
        request(`${r.http}${path}`, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        })
          .on('error', reject)
          .end();
      });

    const br = await get('/map/some-map', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.body.equals(brotliCompressSync(html))).toBe(true);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);

    const gz = await get('/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(gzipSync(html))).toBe(true);

    // only a gzip copy of the script: a browser taking both gets gzip
    const script = await get('/assets/app-abc.js', 'br, gzip');
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['cache-control']).toContain('immutable');
    const head = await get('/assets/app-abc.js', 'br, gzip', 'HEAD');
    expect(Number(head.headers['content-length'])).toBe(gzipSync(js).length);
    expect(head.body.length).toBe(0);

    // index.html edited after the build (a proxy's script, a policy): its old copies are stale
    const edited = Buffer.concat([html, Buffer.from('<script src="/extra.js"></script>')]);
    const later = new Date(Date.now() + 5000);
    writeFileSync(join(dist, 'index.html'), edited);
    utimesSync(join(dist, 'index.html'), later, later);
    const fresh = await get('/map/some-map', 'br, gzip');
    expect(fresh.headers['content-encoding']).toBeUndefined();
    expect(fresh.body.equals(edited)).toBe(true);

    for (const refused of [null, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const plain = await get('/assets/app-abc.js', refused);
      expect(plain.headers['content-encoding'], String(refused)).toBeUndefined();
      expect(plain.body.equals(js), String(refused)).toBe(true);
    }
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
