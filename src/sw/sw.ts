/**
 * Journeyboard's service worker (our own; compiled by vitePlugin.ts into /sw.js;
 * why not vite-plugin-pwa/Workbox: see README.md here).
 *
 * - install: precache the app shell and the hashed assets of this build that every
 *   visit needs (the list is written into this file at build time). What only an
 *   export needs (the PDF chunk, the fonts) is fetched too, best effort, so every
 *   export works offline once the app was opened online; a failure there does not
 *   fail the install, and activation tries again for what is still missing.
 *   No skipWaiting: a new version waits until the page asks (the user clicked
 *   "reload") so an open map is never swapped out under the user.
 * - activate: carry the runtime-cached export files over from the previous version,
 *   so an export that worked offline keeps working after an update.
 * - navigations: network first (fresh index.html), but the cached shell if the
 *   network fails or takes longer than NAVIGATION_TIMEOUT_MS (a bad train connection
 *   must not hang start-up).
 * - assets: cache first (hashed names never change content).
 * - /sync, /api, /healthz, /metrics: never touched or cached.
 *
 * Self-contained: no imports; the build replaces the three constants below.
 */
declare const __PRECACHE_MANIFEST__: readonly string[];
declare const __RUNTIME_FILES__: readonly string[];
declare const __BUILD_VERSION__: string;

interface ExtendableEvt extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvt extends ExtendableEvt {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessageEvt extends ExtendableEvt {
  readonly data: unknown;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvt) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvt) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvt) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options?: { type?: string }): Promise<readonly unknown[]>;
  };
  readonly location: { readonly origin: string };
}

const scope = self as unknown as WorkerScope;
const PREFIX = 'journeyboard-';
const CACHE = `${PREFIX}${__BUILD_VERSION__}`;
const SHELL = '/index.html';
/** Paths served live by the relay; caching them would serve stale data or break sync. */
const LIVE = ['/sync', '/api', '/healthz', '/metrics'];
/** How long a navigation waits for the network before the cached shell is used. */
const NAVIGATION_TIMEOUT_MS = 3000;

function isLive(pathname: string): boolean {
  return LIVE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Stores the export-only files not cached yet; never throws (a bad network just leaves them). */
async function warmRuntimeFiles(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.allSettled(
    __RUNTIME_FILES__.map(async (path) => {
      if (await cache.match(path)) return;
      const response = await fetch(path);
      if (response.ok) await cache.put(path, response);
    }),
  );
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...__PRECACHE_MANIFEST__]))
      .then(warmRuntimeFiles),
  );
});

/** Copies the export files this version still uses from older caches into ours. */
async function carryOverRuntimeFiles(oldCaches: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const path of __RUNTIME_FILES__) {
    if (await cache.match(path)) continue;
    for (const name of oldCaches) {
      const hit = await (await caches.open(name)).match(path);
      if (!hit) continue;
      await cache.put(path, hit);
      break;
    }
  }
}

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await scope.clients.claim();
      const old = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
      await carryOverRuntimeFiles(old);
      await warmRuntimeFiles();
      // Other tabs may still run the previous build and load its lazy chunks from the
      // old cache: drop old caches only when at most one window is open.
      const windows = await scope.clients.matchAll({ type: 'window' });
      if (windows.length > 1) return;
      await Promise.all(old.map((n) => caches.delete(n)));
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});

async function cachedShell(): Promise<Response | undefined> {
  return (await caches.match(SHELL)) ?? (await caches.match('/'));
}

async function networkFirstShell(event: FetchEvt): Promise<Response> {
  const network = fetch(event.request).then(async (response) => {
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  });
  // a late answer still refreshes the cached shell for next time
  event.waitUntil(network.catch(() => undefined));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), NAVIGATION_TIMEOUT_MS);
  });
  const first = await Promise.race([network.catch(() => null), timeout]);
  clearTimeout(timer);
  if (first) return first;
  const cached = await cachedShell();
  // nothing cached yet (first visit): the network is all there is, however slow
  return cached ?? network;
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin || isLive(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstShell(event));
  else event.respondWith(cacheFirst(request));
});

export {};
