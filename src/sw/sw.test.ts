import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { buildServiceWorker, runtimeOnlyFiles } from './vitePlugin';

type Handler = (event: Record<string, unknown>) => void;

/**
 * Runs the built worker against fake caches, fetch and timers, as the browser would
 * call it. `preset` fills caches of earlier versions.
 */
async function loadWorker(
  files: string[],
  runtimeOnly: string[] = [],
  preset: Record<string, Record<string, string>> = {},
) {
  const code = await buildServiceWorker(files, runtimeOnly);
  const handlers = new Map<string, Handler>();
  const stores = new Map<string, Map<string, Response>>();
  for (const [name, entries] of Object.entries(preset)) {
    stores.set(name, new Map(Object.entries(entries).map(([k, v]) => [k, new Response(v)])));
  }
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
        async match(r: string | { url: string }) {
          return store.get(keyOf(r))?.clone();
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
  const state = {
    online: true,
    /** a network that accepts requests but never answers */
    hanging: false,
    fetched: [] as string[],
    skipped: 0,
    windows: 1,
  };
  const fetchFake = async (request: string | { url: string }) => {
    const url = typeof request === 'string' ? request : request.url;
    state.fetched.push(keyOf(url));
    if (!state.online) throw new TypeError('Failed to fetch');
    if (state.hanging) return new Promise<Response>(() => undefined);
    return new Response(`network ${keyOf(url)}`, {
      headers: { 'content-type': url.endsWith('.js') ? 'text/javascript' : 'text/html' },
    });
  };
  // timers run when the test says so: `elapse()` fires every pending one
  let timers: (() => void)[] = [];
  const setTimeoutFake = (fn: () => void) => {
    timers.push(fn);
    return timers.length;
  };
  const elapse = () => {
    const due = timers;
    timers = [];
    due.forEach((fn) => fn());
  };
  const scope = {
    addEventListener: (type: string, handler: Handler) => handlers.set(type, handler),
    skipWaiting: async () => {
      state.skipped++;
    },
    clients: {
      claim: async () => undefined,
      matchAll: async () => Array.from({ length: state.windows }, () => ({})),
    },
    location: { origin: 'https://app.test' },
  };
  new Function('self', 'caches', 'fetch', 'setTimeout', 'clearTimeout', code)(
    scope,
    caches,
    fetchFake,
    setTimeoutFake,
    () => undefined,
  );

  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let responded: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    handlers.get(type)!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      respondWith: (r: Response | Promise<Response>) => (responded = Promise.resolve(r)),
    });
    // a fetch answers before its extra work (refreshing the cache) is done
    if (type !== 'fetch') await Promise.all(waits);
    return responded;
  };
  const get = (path: string, mode = 'no-cors') =>
    dispatch('fetch', { request: { method: 'GET', url: `https://app.test${path}`, mode } });
  const cached = (path: string) => caches.match(path).then((r) => r?.text());
  return { state, stores, dispatch, get, code, elapse, cached };
}

describe('service worker', () => {
  it('precaches the shell and the built assets, not source maps, and does not skip waiting', async () => {
    const w = await loadWorker(
      [
        'index.html',
        'assets/app-1a2b.js',
        'assets/app-1a2b.js.map',
        'assets/app-9f.css',
        'assets/pdf-77.js',
        'assets/DejaVuSans-1.ttf',
      ],
      ['assets/pdf-77.js', 'assets/DejaVuSans-1.ttf'],
    );
    await w.dispatch('install');
    const [cache] = [...w.stores.values()];
    // what only an export needs comes along too, so exports work offline (issue 13.3)
    expect([...cache!.keys()].sort()).toEqual([
      '/',
      '/assets/DejaVuSans-1.ttf',
      '/assets/app-1a2b.js',
      '/assets/app-9f.css',
      '/assets/pdf-77.js',
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

  it('falls back to the cached shell when the network does not answer in time', async () => {
    const w = await loadWorker(['index.html', 'assets/app.js']);
    await w.dispatch('install');
    w.state.hanging = true;
    const pending = w.get('/map/abc', 'navigate');
    await new Promise((r) => setTimeout(r, 0));
    w.elapse();
    expect(await (await pending)!.text()).toBe('precached /index.html');
  });

  it('waits for a slow network when there is no cached shell yet', async () => {
    const w = await loadWorker(['index.html']);
    w.state.hanging = true;
    let settled = false;
    void w.get('/', 'navigate').then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 0));
    w.elapse();
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
  });

  it('stores export files on the first online visit, so every export works offline, also after an update', async () => {
    const files = ['index.html', 'assets/app.js', 'assets/pdf-1.js', 'assets/font-1.ttf'];
    const runtime = ['assets/pdf-1.js', 'assets/font-1.ttf'];
    const w = await loadWorker(files, runtime);
    await w.dispatch('install');
    await w.dispatch('activate');
    // never exported online: the PDF chunk and the font are there all the same (issue 13.3)
    w.state.online = false;
    expect(await (await w.get('/assets/pdf-1.js'))!.text()).toBe('network /assets/pdf-1.js');
    expect(await (await w.get('/assets/font-1.ttf'))!.text()).toBe('network /assets/font-1.ttf');

    // the next version still uses the same PDF chunk: it moves into the new cache
    const [oldName] = [...w.stores.keys()];
    const next = await loadWorker(['index.html', 'assets/app-2.js', ...runtime], runtime, {
      [oldName!]: { '/assets/pdf-1.js': 'kept pdf chunk' },
    });
    next.state.online = false;
    await next.dispatch('activate');
    expect([...next.stores.keys()]).not.toContain(oldName);
    expect(await next.cached('/assets/pdf-1.js')).toBe('kept pdf chunk');
  });

  it('installs even when the export files cannot be fetched, and fetches them at activation', async () => {
    const runtime = ['assets/pdf-1.js', 'assets/font-1.ttf'];
    const w = await loadWorker(['index.html', 'assets/app.js', ...runtime], runtime);
    w.state.online = false;
    await w.dispatch('install');
    expect(await w.cached('/assets/font-1.ttf')).toBeUndefined();
    w.state.online = true;
    await w.dispatch('activate');
    expect(await w.cached('/assets/font-1.ttf')).toBe('network /assets/font-1.ttf');
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

describe('runtimeOnlyFiles', () => {
  const chunk = (fileName: string, patch: Partial<Rolldown.OutputChunk>) =>
    ({
      type: 'chunk',
      fileName,
      isEntry: false,
      isDynamicEntry: false,
      imports: [],
      moduleIds: [],
      viteMetadata: { importedAssets: new Set(), importedCss: new Set() },
      ...patch,
    }) as unknown as Rolldown.OutputChunk;
  const asset = (fileName: string) => ({ type: 'asset', fileName }) as Rolldown.OutputAsset;

  it('leaves the PDF writer, what only it imports, and fonts to runtime caching', () => {
    const bundle = {
      'assets/index.js': chunk('assets/index.js', { isEntry: true, imports: ['assets/shared.js'] }),
      'assets/shared.js': chunk('assets/shared.js', {}),
      'assets/pdf.js': chunk('assets/pdf.js', {
        isDynamicEntry: true,
        imports: ['assets/shared.js', 'assets/pdf-lib.js'],
        moduleIds: ['/app/src/export/pdf.ts', '/app/node_modules/pdf-lib/es/index.js'],
      }),
      'assets/pdf-lib.js': chunk('assets/pdf-lib.js', {}),
      'assets/panel.js': chunk('assets/panel.js', { isDynamicEntry: true }),
      'assets/DejaVuSans.ttf': asset('assets/DejaVuSans.ttf'),
      'assets/index.css': asset('assets/index.css'),
    };
    expect(runtimeOnlyFiles(bundle)).toEqual([
      'assets/DejaVuSans.ttf',
      'assets/pdf-lib.js',
      'assets/pdf.js',
    ]);
  });
});
