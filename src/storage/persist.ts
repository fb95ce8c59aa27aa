/**
 * Asks the browser once per device to keep our storage under pressure (otherwise
 * an unvisited origin's IndexedDB may be evicted — and with it unsynced maps).
 */
const KEY = 'journeyboard.persistRequested';
let asked = false;

export async function requestPersistentStorage(): Promise<boolean | null> {
  if (asked) return null;
  asked = true;
  try {
    if (globalThis.localStorage?.getItem(KEY)) return null;
    const manager = globalThis.navigator?.storage;
    if (!manager?.persist) return null;
    const granted = await manager.persist();
    globalThis.localStorage?.setItem(KEY, granted ? 'granted' : 'denied');
    return granted;
  } catch {
    // not granting is a normal answer; nothing to surface
    return null;
  }
}
