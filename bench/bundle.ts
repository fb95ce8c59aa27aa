/**
 * Benchmark 7 — bundle size: after `vite build`, the JavaScript a first visit must
 * load before the app runs (the entry script, every modulepreload named in the
 * built index.html, and every chunk those import statically), gzip-compressed
 * with zlib, in KB. Goal ≤ 200 KB (issue 18; it was 250). Lists the largest chunks, and what the initial
 * ones are made of, so a regression points at its cause.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, ROOT, skipped, type Benchmark } from './lib/result';
import { round } from './lib/stats';

/**
 * A fresh build of the app in its own temporary folder (never dist/, which other
 * work in the tree may be serving). `remove()` deletes it.
 */
export interface AppBuild {
  readonly dir: string;
  readonly ms: number;
  remove(): void;
}

/** Builds the app with the project's own Vite config into a temporary outDir; throws with Vite's output on failure. */
export function buildApp(log: (l: string) => void): AppBuild {
  const dir = mkdtempSync(join(tmpdir(), 'journeyboard-bench-dist-'));
  const t0 = performance.now();
  try {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'warn',
        // the manifest names each chunk's static imports (see staticClosure)
        '--manifest',
        '--outDir',
        dir,
        '--emptyOutDir',
      ],
      {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 600_000,
      },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `vite build failed:\n${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`.slice(
        0,
        4000,
      ),
    );
  }
  const ms = performance.now() - t0;
  log(`  vite build: ${(ms / 1000).toFixed(1)} s (into ${dir})`);
  return { dir, ms, remove: () => rmSync(dir, { recursive: true, force: true }) };
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

/**
 * Every chunk the entry loads before it runs, from Vite's build manifest: the
 * entry's static imports, theirs, and so on. Counted besides the modulepreload
 * links, so turning preloading off could not hide a chunk from the figure.
 */
export function staticClosure(manifestJson: string): string[] {
  const manifest = JSON.parse(manifestJson) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => `/${manifest[key]!.file}`);
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength / 1024;

/** `node_modules/<pkg>` or `src/<folder>` of a source-map source path. */
function ownerOf(source: string): string {
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/^\/?/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg) return pkg[1]!;
  const src = /(?:^|\/)(src\/(?:ui\/)?[^/]+)/.exec(clean);
  return src ? src[1]! : clean;
}

/**
 * Minified bytes of a chunk per package / src folder, from its source map: each
 * mapping owns the generated text up to the next mapping on its line. Shows what a
 * first visit pays for, so it can be split off.
 */
export async function chunkOwners(
  code: string,
  mapJson: string,
): Promise<{ owner: string; kb: number }[]> {
  const { SourceMapConsumer } = await import('source-map-js');
  const consumer = new SourceMapConsumer(JSON.parse(mapJson));
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  let prev: { line: number; column: number; owner: string } | null = null;
  const close = (line: number, column: number) => {
    if (!prev) return;
    const end = line === prev.line ? column : (lines[prev.line - 1]?.length ?? prev.column);
    bytes.set(prev.owner, (bytes.get(prev.owner) ?? 0) + Math.max(0, end - prev.column));
  };
  consumer.eachMapping((m) => {
    close(m.generatedLine, m.generatedColumn);
    prev = {
      line: m.generatedLine,
      column: m.generatedColumn,
      owner: m.source ? ownerOf(m.source) : '(generated)',
    };
  });
  if (prev) close(Number.MAX_SAFE_INTEGER, 0);
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .map(([owner, n]) => ({ owner, kb: round(n / 1024, 1) ?? 0 }));
}

export const bundle: Benchmark = {
  name: 'bundle',
  title: 'Initial JS of the built app (gzip)',
  async run({ log }) {
    const build = buildApp(log);
    try {
      return await measure(build.dir, log);
    } finally {
      build.remove();
    }
  },
};

async function measure(dist: string, log: (l: string) => void) {
  if (!existsSync(join(dist, 'index.html')))
    return skipped('bundle', 'index.html missing after the build');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const manifest = join(dist, '.vite/manifest.json');
  const urls = [
    ...new Set([
      ...initialScripts(html),
      ...(existsSync(manifest) ? staticClosure(readFileSync(manifest, 'utf8')) : []),
    ]),
  ];
  const initial = urls.map((url) => {
    const bytes = readFileSync(join(dist, url.replace(/^\//, '')));
    return { file: url, kb: round(bytes.byteLength / 1024, 1), gzipKb: round(gzipKb(bytes), 1) };
  });
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const chunks = assets
    .map((f) => {
      const bytes = readFileSync(join(dist, 'assets', f));
      return {
        file: `/assets/${f}`,
        kb: round(bytes.byteLength / 1024, 1),
        gzipKb: round(gzipKb(bytes), 1),
      };
    })
    .sort((a, b) => (b.gzipKb ?? 0) - (a.gzipKb ?? 0));
  const total = initial.reduce((s, c) => s + (c.gzipKb ?? 0), 0);
  for (const c of chunks.slice(0, 12))
    log(
      `  ${c.file}: ${c.kb} KB, ${c.gzipKb} KB gzip${initial.some((i) => i.file === c.file) ? ' (initial)' : ''}`,
    );
  // what the initial chunks are made of (minified KB per package / src folder)
  const owners = new Map<string, number>();
  for (const url of urls) {
    const file = join(dist, url.replace(/^\//, ''));
    if (!existsSync(`${file}.map`)) continue;
    const parts = await chunkOwners(
      readFileSync(file, 'utf8'),
      readFileSync(`${file}.map`, 'utf8'),
    );
    for (const { owner, kb } of parts) owners.set(owner, (owners.get(owner) ?? 0) + kb);
  }
  const initialContents = [...owners]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([owner, kb]) => ({ owner, kb: round(kb, 1) }));
  for (const o of initialContents.slice(0, 12)) log(`    initial: ${o.owner} ${o.kb} KB`);
  return {
    name: 'bundle',
    status: initial.length ? 'ok' : 'failed: no script found in index.html',
    figures: [
      figure('initial JS, gzip', round(total, 1), 'KB', {
        text: '≤ 200 KB',
        ok: (v) => v <= 200,
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
      initialContents,
      largestChunks: chunks.slice(0, 12),
      chunkCount: chunks.length,
      gzip: 'zlib level 9',
    },
  };
}
