/**
 * A tiny history-API router: the app has two routes (`/` and `/map/<mapId>`),
 * which does not justify a routing library.
 *
 * Link tokens (`?t=`) are accepted on any route and taken out of the address bar
 * at once (history.replaceState), so they do not linger in history, bookmarks or
 * screenshots. The relay's admin token (the link `npm start` prints) becomes this
 * device's relay login for the origin; a share link belongs to its one map and
 * travels with that map's route to openMap, which stores it for that map only.
 */
import { useSyncExternalStore } from 'react';
import { setDeviceConnection } from '../storage/connection';
import { readLinkToken } from '../sync';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'insights' }
  | { readonly name: 'maturity'; readonly checkId: string }
  | { readonly name: 'map'; readonly mapId: string; readonly token: string | null }
  | { readonly name: 'notFound'; readonly path: string };

const listeners = new Set<() => void>();
const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Parses a location into a route (pure; exported for tests). A share link on `/`
 * opens its map.
 */
export function parseRoute(pathname: string, search: string): Route {
  const token = new URLSearchParams(search).get('t');
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') {
    const link = token ? readLinkToken(token) : null;
    if (link?.kind === 'share' && MAP_ID.test(link.mapId))
      return { name: 'map', mapId: link.mapId, token };
    return { name: 'home' };
  }
  if (path === '/insights') return { name: 'insights' };
  const check = /^\/maturity\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (check?.[1]) return { name: 'maturity', checkId: check[1] };
  const match = /^\/map\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (match?.[1]) return { name: 'map', mapId: match[1], token };
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

/** A map's board with one card selected and in view (`#card=<id>`, read by RevealCard). */
export function cardPath(mapId: string, cardId: string | null): string {
  return mapPath(mapId) + (cardId ? `#card=${encodeURIComponent(cardId)}` : '');
}

let cachedKey: string | null = null;
let cachedRoute: Route = { name: 'home' };

/**
 * Parses the current location; when it carries `?t=`, remembers what the token
 * grants and rewrites the address without it (the parsed route keeps the token).
 */
function readLocation(): void {
  const { pathname, search, hash, origin } = window.location;
  const route = parseRoute(pathname, search);
  const params = new URLSearchParams(search);
  const token = params.get('t');
  if (token !== null) {
    // the admin token and workspace links open every map: they become the device's login
    const kind = token ? readLinkToken(token).kind : null;
    if (kind === 'admin' || kind === 'workspace') setDeviceConnection({ relayUrl: origin, token });
    params.delete('t');
    const rest = params.toString();
    const path = route.name === 'map' ? mapPath(route.mapId) : pathname;
    window.history.replaceState(window.history.state, '', path + (rest ? `?${rest}` : '') + hash);
  }
  cachedKey = window.location.pathname + window.location.search;
  cachedRoute = route;
}

function currentRoute(): Route {
  if (window.location.pathname + window.location.search !== cachedKey) readLocation();
  return cachedRoute;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', notify);
  // take the token out of the address bar before anything renders
  readLocation();
}

/** The current route; re-renders on navigate() and on back/forward. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute, currentRoute);
}

/** The current route outside React (main.tsx starts opening a map before the first render). */
export function routeNow(): Route {
  return currentRoute();
}
