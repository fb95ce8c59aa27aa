/**
 * A tiny history-API router: the app has two routes (`/` and `/map/<mapId>`),
 * which does not justify a routing library.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'map'; readonly mapId: string; readonly token: string | null }
  | { readonly name: 'notFound'; readonly path: string };

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

/** Parses a location into a route (pure; exported for tests). */
export function parseRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { name: 'home' };
  const match = /^\/map\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (match?.[1])
    return { name: 'map', mapId: match[1], token: new URLSearchParams(search).get('t') };
  return { name: 'notFound', path };
}

/** Goes to `path` (pushState) and re-renders the routed components. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

/** The path of a map's board, with its share token when there is one. */
export function mapPath(mapId: string, token?: string | null): string {
  return `/map/${encodeURIComponent(mapId)}${token ? `?t=${encodeURIComponent(token)}` : ''}`;
}

let cachedKey = '';
let cachedRoute: Route = { name: 'home' };

function currentRoute(): Route {
  const key = window.location.pathname + window.location.search;
  if (key !== cachedKey) {
    cachedKey = key;
    cachedRoute = parseRoute(window.location.pathname, window.location.search);
  }
  return cachedRoute;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current route; re-renders on navigate() and on back/forward. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute, currentRoute);
}
