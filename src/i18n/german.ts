/**
 * The German catalogs of a production build load on demand (vitePlugin.ts moves
 * them into one chunk); sources, tests and the dev server have them inline, and
 * then nothing here waits. `germanCatalog(key)` stands in for one catalog: empty
 * until `loadGerman()` has filled it, filled at once when the pack is already here.
 */
type Pack = Readonly<Record<string, Readonly<Record<string, string>>>>;
type PackLoader = () => Promise<{ default: Pack }>;

// replaced by the build plugin with the pack's dynamic import (keep this line as is)
const LOAD_PACK: PackLoader | null = null;

const waiting = new Map<string, Record<string, string>>();
let pack: Pack | null = null;
let loading: Promise<void> | null = null;

/** The catalog `key` of the German pack (filled in place when the pack arrives). */
export function germanCatalog(key: string): Record<string, string> {
  if (pack) return { ...pack[key] };
  const catalog: Record<string, string> = {};
  waiting.set(key, catalog);
  return catalog;
}

/** Whether every German catalog of the loaded modules has its texts. */
export function germanReady(): boolean {
  return waiting.size === 0;
}

/**
 * Loads the German pack once and fills the catalogs waiting for it; resolves at
 * once when there is nothing to load. A failed load (offline before the service
 * worker has the pack) rejects, and the next call tries again.
 */
export function loadGerman(): Promise<void> {
  if (germanReady() || !LOAD_PACK) return Promise.resolve();
  loading ??= LOAD_PACK().then(
    (m) => {
      pack = m.default;
      for (const [key, catalog] of waiting) Object.assign(catalog, pack[key]);
      waiting.clear();
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
