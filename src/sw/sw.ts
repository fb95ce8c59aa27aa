/**
 * Journeyboard's service worker (our own; compiled by vitePlugin.ts into /sw.js).
 *
 * - install: precache the app shell and every hashed asset of this build
 *   (the list is written into this file at build time), no skipWaiting: a new
 *   version waits until the page asks (the user clicked "reload") so an open map
 *   is never swapped out under the user.
 * - navigations: network first (fresh index.html), cached shell when offline.
 * - assets: cache first (hashed names never change content).
 * - /sync, /api, /healthz, /metrics: never touched or cached.
 *
 * Self-contained: no imports; the build replaces the two constants below.
 */
declare const __PRECACHE_MANIFEST__: readonly string[];
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

function isLive(pathname: string): boolean {
  return LIVE.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

scope.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...__PRECACHE_MANIFEST__])));
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await scope.clients.claim();
      // Other tabs may still run the previous build and load its lazy chunks from the
      // old cache: drop old caches only when at most one window is open.
      const windows = await scope.clients.matchAll({ type: 'window' });
      if (windows.length > 1) return;
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)),
      );
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void scope.skipWaiting();
});

async function networkFirstShell(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = (await caches.match(SHELL)) ?? (await caches.match('/'));
    if (cached) return cached;
    throw error;
  }
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
  if (request.mode === 'navigate') event.respondWith(networkFirstShell(request));
  else event.respondWith(cacheFirst(request));
});

export {};
