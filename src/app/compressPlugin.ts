/**
 * Vite plugin: every text file of the build (scripts, styles, index.html, fonts…) gets
 * a Brotli (`.br`) and a gzip (`.gz`) copy beside it, compressed once at build time
 * (Brotli at its best level for the app's code), so the relay sends a first visit ~200 KB instead of ~650 KB
 * without compressing anything per request (server/static.ts picks the copy the
 * browser accepts). Source maps are left alone: only developers fetch them.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|webmanifest|txt|ttf|wasm)$/i;
/** Below this a copy saves less than the extra header costs. */
const MIN_BYTES = 1024;
/**
 * Brotli's best level (11) takes seconds per MB: it is spent on the app's own scripts and
 * styles (a first visit waits for them; ~7 % smaller than level 9). The PDF writer and
 * its fonts, fetched in the background, take level 9 (about ten times faster).
 */
const BEST_FOR = /\.(js|mjs|css|html|json|svg|webmanifest)$/i;
const BEST_BELOW_BYTES = 1024 * 1024;

function brotliQuality(name: string, size: number): number {
  return BEST_FOR.test(name) && size < BEST_BELOW_BYTES ? constants.BROTLI_MAX_QUALITY : 9;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Writes `<file>.br` and `<file>.gz` beside each compressible file of `fileNames` in `dir`. */
export async function writeCompressedCopies(
  dir: string,
  fileNames: readonly string[],
): Promise<number> {
  const chosen = fileNames.filter((name) => COMPRESSIBLE.test(name));
  const written = await Promise.all(
    chosen.map(async (name) => {
      const path = join(dir, name);
      const { size } = await stat(path);
      if (size < MIN_BYTES) return 0;
      const raw = await readFile(path);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(name, size),
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // a copy no smaller than the file would only cost the browser decoding time
      if (br.length < raw.length) await writeFile(`${path}.br`, br);
      if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
      return 1;
    }),
  );
  return written.reduce<number>((sum, n) => sum + n, 0);
}

export function compressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'journeyboard-compress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // after every file (the service worker and index.html too) is on disk
    async writeBundle(options, bundle) {
      await writeCompressedCopies(options.dir ?? outDir, Object.keys(bundle));
    },
  };
}
