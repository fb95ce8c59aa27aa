/**
 * When the relay client's code (y-websocket, src/sync/connectRelay.ts, its own chunk)
 * starts loading for a map being opened. A share link always syncs, so with a link
 * token the chunk is requested at once, in parallel with the IndexedDB reads and the
 * catalog; without one it loads only once a stored or device connection was chosen
 * (a map that stays on this device never fetches it).
 */
export function relayClientFor<T>(
  token: string | null,
  choosing: Promise<unknown>,
  load: () => Promise<T>,
): Promise<T | null> {
  const client = token ? load() : choosing.then((chosen) => (chosen ? load() : null));
  client.catch(() => undefined); // awaited by the open; a failure is reported there
  return client;
}
