/**
 * Vite plugin that builds our service worker (src/sw/sw.ts) into `sw.js` at the
 * end of a production build, with the list of files to precache, the list of files
 * left to runtime caching (what only an export needs), and a version derived from both.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin, type Rolldown } from 'vite';

const SOURCE = fileURLToPath(new URL('./sw.ts', import.meta.url));

/** Modules only an export needs: a lazy chunk made of these is not precached. */
const EXPORT_ONLY_MODULE = /node_modules\/(?:pdf-lib|@pdf-lib)\/|\/src\/export\/pdf/;
/** Fonts are only embedded into PDFs; the app's UI uses system fonts. */
const FONT_FILE = /\.(?:ttf|otf|woff2?)$/;

type Bundle = Record<string, Rolldown.OutputAsset | Rolldown.OutputChunk>;

/** Files reachable through static imports (and the assets they reference) from `roots`. */
function closure(bundle: Bundle, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const item = bundle[name];
    if (item?.type !== 'chunk') return;
    item.imports.forEach(visit);
    item.viteMetadata?.importedAssets.forEach(visit);
    item.viteMetadata?.importedCss.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * The emitted files that are needed only when someone exports: lazy chunks of the
 * PDF writer (and what only they import) and font files. Everything the app's entry
 * or any other lazy chunk reaches stays precached.
 */
export function runtimeOnlyFiles(bundle: Bundle): string[] {
  const chunks = Object.values(bundle).filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  const exportOnly = (c: Rolldown.OutputChunk) =>
    c.isDynamicEntry && !c.isEntry && c.moduleIds.some((id) => EXPORT_ONLY_MODULE.test(id));
  const lazy = closure(
    bundle,
    chunks.filter(exportOnly).map((c) => c.fileName),
  );
  const eager = closure(
    bundle,
    chunks.filter((c) => (c.isEntry || c.isDynamicEntry) && !exportOnly(c)).map((c) => c.fileName),
  );
  const fonts = Object.keys(bundle).filter((f) => FONT_FILE.test(f));
  return [...new Set([...[...lazy].filter((f) => !eager.has(f)), ...fonts])].sort();
}

/** Compiles the worker source with the precache list, the runtime-only list and version. */
export async function buildServiceWorker(
  files: readonly string[],
  runtimeOnly: readonly string[] = [],
  source = readFileSync(SOURCE, 'utf8'),
): Promise<string> {
  const later = new Set(runtimeOnly);
  const precache = [
    '/',
    '/index.html',
    ...files
      .filter((f) => !f.endsWith('.map') && f !== 'index.html' && f !== 'sw.js' && !later.has(f))
      .map((f) => `/${f}`),
  ];
  const unique = [...new Set(precache)].sort();
  const runtime = [...later].map((f) => `/${f}`).sort();
  const version = createHash('sha256')
    .update([...unique, '', ...runtime].join('\n'))
    .digest('hex')
    .slice(0, 12);
  const { code } = await transformWithOxc(source, 'sw.ts', { lang: 'ts' });
  return code
    .replace(/^export\s*\{\s*\};?\s*$/m, '')
    .replaceAll('__PRECACHE_MANIFEST__', JSON.stringify(unique))
    .replaceAll('__RUNTIME_FILES__', JSON.stringify(runtime))
    .replaceAll('__BUILD_VERSION__', JSON.stringify(version));
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'journeyboard-service-worker',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const source = await buildServiceWorker(Object.keys(bundle), runtimeOnlyFiles(bundle));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
