/**
 * The first entry, a few hundred bytes (src/app/bootPlugin.ts puts it in index.html
 * as an async module, ahead of the app): it runs as soon as it arrives, while the
 * app's main chunk is still being fetched and evaluated. For a map opened from a
 * link (`/map/<id>?t=<token>`: the relay is this page's origin) it opens the relay
 * socket now and keeps what arrives; the app's stock y-websocket provider adopts it
 * (src/app/earlySocket.ts). No React, no Yjs, no module shared with the app.
 */

import type { EarlySocket } from './app/earlySocket';

/** The global slot src/app/earlySocket.ts reads (the two entries share no module). */
const EARLY_SOCKET_SLOT = '__journeyboardEarlySocket';

/** The URL y-websocket uses for a map on the relay at `origin`: `<ws base>/sync/<room>?t=<token>`. */
export function relaySocketUrl(origin: string, mapId: string, token: string): string {
  const base = origin.replace(/^http(s?):/, 'ws$1:').replace(/\/+$/, '');
  return `${base}/sync/${mapId}?t=${encodeURIComponent(token)}`;
}

/**
 * The localStorage key of src/storage/contentNotes.ts for a map's database
 * (src/storage/idbDocumentStore.ts): present when this device stores the map.
 */
export function storedNoteKey(mapId: string): string {
  return `journeyboard.stored.journeyboard-map:${mapId}`;
}

/** A sync step 1 with an empty state vector: "send me the whole map". */
const ASK_FOR_EVERYTHING = new Uint8Array([0, 0, 1, 0]);

function storesMap(mapId: string): boolean {
  try {
    return window.localStorage.getItem(storedNoteKey(mapId)) !== null;
  } catch {
    return false;
  }
}

/**
 * Opens the socket for the page's route when it is a map with a link token. A map this
 * device does not store is asked for at once: the relay's answer (the whole map, a sync
 * step 2) arrives while the app's code still loads, and the provider gets it before its
 * own first message (earlySocket.ts), so its sync step 1 already names everything.
 */
export function openEarlySocket(location: Pick<Location, 'origin' | 'pathname' | 'search'>): void {
  const map = /^\/map\/([A-Za-z0-9_-]{1,64})\/?$/.exec(location.pathname);
  const token = new URLSearchParams(location.search).get('t');
  if (!map?.[1] || !token || typeof WebSocket !== 'function') return;
  const url = relaySocketUrl(location.origin, map[1], token);
  try {
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    const received: MessageEvent[] = [];
    socket.onmessage = (event) => void received.push(event);
    const early: EarlySocket = { url, socket, received, asked: false };
    // replaced by the provider's own handler if it adopts the socket before it opens
    if (!storesMap(map[1]))
      socket.onopen = () => {
        socket.send(ASK_FOR_EVERYTHING);
        early.asked = true;
      };
    (globalThis as Record<string, unknown>)[EARLY_SOCKET_SLOT] = early;
  } catch {
    // the provider will try (and report) on its own
  }
}

/**
 * Every page but a map opened from a link preloads the chunks named on this script's
 * tag (the database: src/app/vitePlugin.ts); a linked map's first paint does not wait
 * for them.
 */
export function preloadChunks(location: Pick<Location, 'pathname' | 'search'>): void {
  const linked =
    /^\/map\//.test(location.pathname) && new URLSearchParams(location.search).has('t');
  const hrefs = document.querySelector<HTMLScriptElement>('script[data-preload]')?.dataset.preload;
  if (linked || !hrefs) return;
  for (const href of hrefs.split(' ')) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
}

openEarlySocket(window.location);
preloadChunks(window.location);
