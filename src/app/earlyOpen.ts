/**
 * Opening a map before React mounts: main.tsx starts `openMap` for the route the page
 * was loaded with, so the IndexedDB read, the catalog and the relay connection run
 * while React renders the app for the first time; MapRoute then takes that open
 * instead of starting its own. An open nobody takes (the route changed first) is
 * aborted and closed.
 */
import { openMap, type OpenResult } from './openMap';

interface Early {
  readonly mapId: string;
  readonly token: string | null;
  readonly abort: AbortController;
  readonly result: Promise<OpenResult>;
}

let early: Early | null = null;

/** Starts opening map `mapId` now (the route the page was loaded with); settles with it. */
export function openMapEarly(mapId: string, token: string | null): Promise<OpenResult> {
  dropEarlyOpen();
  const abort = new AbortController();
  early = { mapId, token, abort, result: openMap(mapId, token, abort.signal) };
  return early.result;
}

/** The open started for this map and token, once; null when there is none. */
export function takeEarlyOpen(
  mapId: string,
  token: string | null,
): { abort: AbortController; result: Promise<OpenResult> } | null {
  const found = early;
  if (!found) return null;
  early = null;
  if (found.mapId === mapId && found.token === token) return found;
  discard(found);
  return null;
}

/** Aborts an open nobody took and closes what it opened. */
function dropEarlyOpen(): void {
  if (early) discard(early);
  early = null;
}

function discard(found: Early): void {
  found.abort.abort();
  void found.result.then((r) => {
    if (r.kind === 'ready') r.map.close();
  });
}
