import { describe, expect, it } from 'vitest';
import { buildServiceWorker } from './vitePlugin';

type Handler = (event: Record<string, unknown>) => void;

/** Runs the built worker against fake caches/fetch, as the browser would call it. */
async function loadWorker(files: string[]) {
  const code = await buildServiceWorker(files);
  const handlers = new Map<string, Handler>();
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (r: string | { url: string }) =>
    new URL(typeof r === 'string' ? r : r.url, 'https://app.test').pathname;
  const caches = {
    async open(name: string) {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return {
        async addAll(urls: string[]) {
          urls.forEach((u) =>
            store.set(
              keyOf(u),
              new Response(`precached ${u}`, { headers: { 'content-type': 'text/html' } }),
            ),
          );
        },
        async put(r: string | { url: string }, response: Response) {
          store.set(keyOf(r), response);
        },
      };
    },
    async match(r: string | { url: string }) {
      for (const store of stores.values()) {
        const hit = store.get(keyOf(r));
        if (hit) return hit.clone();
      }
      return undefined;
    },
    async keys() {
      return [...stores.keys()];
    },
    async delete(name: string) {
      return stores.delete(name);
    },
  };
  const state = { online: true, fetched: [] as string[], skipped: 0 };
  const fetchFake = async (request: { url: string }) => {
    state.fetched.push(keyOf(request));
    if (!state.online) throw new TypeError('Failed to fetch');
    return new Response(`network ${keyOf(request)}`, {
      headers: { 'content-type': request.url.endsWith('.js') ? 'text/javascript' : 'text/html' },
    });
  };
  const scope = {
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: async () => {
      state.skipped++;
    },
    clients: { claim: async () => undefined, matchAll: async () => [] },
    location: { origin: 'https://app.test' },
  };
  new Function('self', 'caches', 'fetch', code)(scope, caches, fetchFake);

  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let responded: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    handlers.get(type)!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      respondWith: (r: Response | Promise<Response>) => (responded = Promise.resolve(r)),
    });
    await Promise.all(waits);
    return responded;
  };
  const get = (path: string, mode = 'no-cors') =>
    dispatch('fetch', { request: { method: 'GET', url: `https://app.test${path}`, mode } });
  return { state, stores, dispatch, get, code };
}

describe('service worker', () => {
  it('precaches the shell and the built assets, not source maps, and does not skip waiting', async () => {
    const w = await loadWorker([
      'index.html',
      'assets/app-1a2b.js',
      'assets/app-1a2b.js.map',
      'assets/app-9f.css',
    ]);
    await w.dispatch('install');
    const [cache] = [...w.stores.values()];
    expect([...cache!.keys()].sort()).toEqual([
      '/',
      '/assets/app-1a2b.js',
      '/assets/app-9f.css',
      '/index.html',
    ]);
    expect(w.state.skipped).toBe(0);
    await w.dispatch('message', { data: { type: 'SKIP_WAITING' } });
    expect(w.state.skipped).toBe(1);
  });

  it('serves navigations network-first and falls back to the cached shell offline', async () => {
    const w = await loadWorker(['index.html', 'assets/app.js']);
    await w.dispatch('install');
    expect(await (await w.get('/map/abc', 'navigate'))!.text()).toBe('network /map/abc');
    w.state.online = false;
    // the last network copy of the shell is what an offline reload gets
    expect(await (await w.get('/map/abc', 'navigate'))!.text()).toBe('network /map/abc');
  });

  it('serves assets from the cache without the network', async () => {
    const w = await loadWorker(['index.html', 'assets/app.js']);
    await w.dispatch('install');
    w.state.online = false;
    expect(await (await w.get('/assets/app.js'))!.text()).toBe('precached /assets/app.js');
    expect(w.state.fetched).toEqual([]);
  });

  it('never handles or caches sync, API, health and metrics requests', async () => {
    const w = await loadWorker(['index.html']);
    await w.dispatch('install');
    for (const path of ['/sync/map1', '/api/maps/x/share', '/healthz', '/metrics']) {
      expect(await w.get(path)).toBeUndefined();
    }
    expect(
      await w.dispatch('fetch', {
        request: { method: 'POST', url: 'https://app.test/assets/x.js', mode: 'cors' },
      }),
    ).toBeUndefined();
    expect(w.state.fetched).toEqual([]);
  });
});
