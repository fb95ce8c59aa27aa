/**
 * Vite plugin (production builds only): the chunk that opens the device's database
 * (src/storage/dexieStores.ts, Dexie) is preloaded from index.html. It is loaded by
 * `import()` once the entry has run, and every page needs it (the home screen's list,
 * a map's first read), so without the hint its request waits for the whole entry to
 * be evaluated: a second round trip on the cold open's critical path (issue 18).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** Modules whose chunks index.html preloads. */
const PRELOADED = /[\\/]src[\\/]storage[\\/]dexieStores\.ts$/;

interface ChunkLike {
  readonly type: string;
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
}

/** `<link rel="modulepreload">` tags for the preloaded modules' chunks in `bundle`. */
export function preloadTags(
  bundle: Readonly<Record<string, ChunkLike>>,
  base: string,
): HtmlTagDescriptor[] {
  return Object.values(bundle)
    .filter((c) => c.type === 'chunk' && c.facadeModuleId && PRELOADED.test(c.facadeModuleId))
    .map((c) => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${c.fileName}` },
      injectTo: 'head',
    }));
}

export function openPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'journeyboard-open-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => (ctx.bundle ? preloadTags(ctx.bundle, base) : []),
    },
  };
}
