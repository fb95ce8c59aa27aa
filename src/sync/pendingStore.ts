/**
 * The count of changes waiting for the relay, per map, in localStorage: a reload while
 * offline still says how many changes this device holds. Only a number: the changes
 * themselves are in IndexedDB.
 */
import type { PendingStore } from './connectRelay';

const PREFIX = 'journeyboard.pending.';

export function localPendingStore(mapId: string): PendingStore {
  const key = PREFIX + mapId;
  return {
    read() {
      try {
        const n = Number(localStorage.getItem(key));
        return Number.isInteger(n) && n > 0 ? n : 0;
      } catch {
        return 0;
      }
    },
    write(count) {
      try {
        if (count > 0) localStorage.setItem(key, String(count));
        else localStorage.removeItem(key);
      } catch {
        // storage refused (private mode, quota): the count falls back to "1 change" after a reload
      }
    },
  };
}
