/**
 * Benchmark 7 — bundle size: after `vite build`, the JavaScript a first visit must
 * load before the app runs (the entry script plus every modulepreload named in
 * dist/index.html), gzip-compressed with zlib, in KB. Goal ≤ 250 KB. Lists the
 * largest chunks so a regression points at its cause.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, ROOT, skipped, type Benchmark } from './lib/result';
import { round } from './lib/stats';

const DIST = join(ROOT, 'dist');

/** Builds dist/ with the project's own Vite config; throws with Vite's output on failure. */
export function buildApp(log: (l: string) => void): number {
  const t0 = performance.now();
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 600_000,
      },
    );
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `vite build failed:\n${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`.slice(
        0,
        4000,
      ),
    );
  }
  const ms = performance.now() - t0;
  log(`  vite build: ${(ms / 1000).toFixed(1)} s`);
  return ms;
}

/** Script and modulepreload URLs of the initial page, as written in index.html. */
export function initialScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    urls.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g))
    urls.add(m[1]!);
  return [...urls].filter((u) => !/^https?:/.test(u));
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength / 1024;

export const bundle: Benchmark = {
  name: 'bundle',
  title: 'Initial JS of the built app (gzip)',
  async run({ quick, log }) {
    // quick mode measures whatever dist/ holds, so the smoke run stays fast
    if (!quick || !existsSync(join(DIST, 'index.html'))) buildApp(log);
    if (!existsSync(join(DIST, 'index.html')))
      return skipped('bundle', 'dist/index.html missing after the build');
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const initial = initialScripts(html).map((url) => {
      const bytes = readFileSync(join(DIST, url.replace(/^\//, '')));
      return { file: url, kb: round(bytes.byteLength / 1024, 1), gzipKb: round(gzipKb(bytes), 1) };
    });
    const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    const chunks = assets
      .map((f) => {
        const bytes = readFileSync(join(DIST, 'assets', f));
        return {
          file: `/assets/${f}`,
          kb: round(bytes.byteLength / 1024, 1),
          gzipKb: round(gzipKb(bytes), 1),
        };
      })
      .sort((a, b) => (b.gzipKb ?? 0) - (a.gzipKb ?? 0));
    const total = initial.reduce((s, c) => s + (c.gzipKb ?? 0), 0);
    for (const c of chunks.slice(0, 8))
      log(
        `  ${c.file}: ${c.kb} KB, ${c.gzipKb} KB gzip${initial.some((i) => i.file === c.file) ? ' (initial)' : ''}`,
      );
    return {
      name: 'bundle',
      status: initial.length ? 'ok' : 'failed: no script found in dist/index.html',
      figures: [
        figure('initial JS, gzip', round(total, 1), 'KB', {
          text: '≤ 250 KB',
          ok: (v) => v <= 250,
        }),
        figure(
          'all JS chunks, gzip',
          round(
            chunks.reduce((s, c) => s + (c.gzipKb ?? 0), 0),
            1,
          ),
          'KB',
        ),
      ],
      details: {
        initial,
        largestChunks: chunks.slice(0, 10),
        chunkCount: chunks.length,
        gzip: 'zlib level 9',
      },
    };
  },
};
