/**
 * Persistent storage (`navigator.storage.persist()`): without it the browser may
 * evict this origin's IndexedDB under storage pressure — and with it unsynced maps.
 *
 * Asked when it matters (a map is created or opened), at most once per page load on
 * its own — a denial today is not a denial forever (Chromium decides by how the site
 * is used) — and again whenever the user asks from the settings. The current state is
 * re-read with `persisted()` and published for the UI.
 */
export type PersistenceState = 'unknown' | 'unsupported' | 'persisted' | 'not-persisted';

let state: PersistenceState = 'unknown';
let askedThisLoad = false;
const listeners = new Set<() => void>();

function manager(): StorageManager | undefined {
  return globalThis.navigator?.storage;
}

function publish(next: PersistenceState): PersistenceState {
  if (next !== state) {
    state = next;
    listeners.forEach((l) => l());
  }
  return state;
}

/** The last known state (see `checkPersistence`). */
export function persistenceState(): PersistenceState {
  return state;
}

export function subscribePersistence(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Re-reads whether storage is persistent, without asking for it. */
export async function checkPersistence(): Promise<PersistenceState> {
  const storage = manager();
  if (!storage?.persisted) return publish('unsupported');
  try {
    return publish((await storage.persisted()) ? 'persisted' : 'not-persisted');
  } catch {
    return publish('unsupported');
  }
}

/**
 * Asks for persistent storage unless it is already granted. Without `userAsked` this
 * asks once per page load; with it (a click in the settings) it always asks.
 */
export async function requestPersistentStorage(
  options: { userAsked?: boolean } = {},
): Promise<PersistenceState> {
  const current = await checkPersistence();
  if (current !== 'not-persisted') return current;
  if (askedThisLoad && !options.userAsked) return current;
  askedThisLoad = true;
  try {
    const granted = await manager()!.persist();
    return publish(granted ? 'persisted' : 'not-persisted');
  } catch {
    // not granting is a normal answer; the state stays "not persisted"
    return current;
  }
}
