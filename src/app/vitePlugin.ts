/**
 * Which chunks a page preloads before the entry has run (issue 18). The chunk that
 * opens the device's database (src/storage/dexieStores.ts, Dexie) is loaded by
 * `import()` once the entry has run; the home screen's list and a map opened without
 * a link read it first, so without a hint its request waits for the whole entry to
 * be evaluated: a second round trip. A map opened from a link (`/map/<id>?t=…`) does
 * not wait for it (openMap), so there Dexie's ~30 KB gzip must not compete with the
 * board's first paint. The first entry (src/boot.ts) knows the route: it adds the
 * `<link rel="modulepreload">` for every other page, from the URLs bootPlugin.ts
 * writes on its script tag (the relay's CSP allows no inline script).
 */

/** Modules whose chunks pages other than a linked map preload. */
const PRELOADED = /[\\/]src[\\/]storage[\\/]dexieStores\.ts$/;

interface ChunkLike {
  readonly type: string;
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
}

/** The URLs of the preloaded modules' chunks in `bundle`. */
export function preloadHrefs(bundle: Readonly<Record<string, ChunkLike>>, base: string): string[] {
  return Object.values(bundle)
    .filter((c) => c.type === 'chunk' && c.facadeModuleId && PRELOADED.test(c.facadeModuleId))
    .map((c) => `${base}${c.fileName}`);
}
