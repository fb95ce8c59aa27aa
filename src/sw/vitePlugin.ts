/**
 * Vite plugin that builds our service worker (src/sw/sw.ts) into `sw.js` at the
 * end of a production build, with the list of files to precache (every file the
 * build emits, minus source maps) and a version derived from that list.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./sw.ts', import.meta.url));

/** Compiles the worker source with the precache list and version filled in. */
export async function buildServiceWorker(
  files: readonly string[],
  source = readFileSync(SOURCE, 'utf8'),
): Promise<string> {
  const precache = [
    '/',
    '/index.html',
    ...files
      .filter((f) => !f.endsWith('.map') && f !== 'index.html' && f !== 'sw.js')
      .map((f) => `/${f}`),
  ];
  const unique = [...new Set(precache)].sort();
  const version = createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 12);
  const { code } = await transformWithOxc(source, 'sw.ts', { lang: 'ts' });
  return code
    .replace(/^export\s*\{\s*\};?\s*$/m, '')
    .replaceAll('__PRECACHE_MANIFEST__', JSON.stringify(unique))
    .replaceAll('__BUILD_VERSION__', JSON.stringify(version));
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: 'journeyboard-service-worker',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const source = await buildServiceWorker(Object.keys(bundle));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
