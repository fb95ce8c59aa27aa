#!/usr/bin/env node
// The `journey` command line tool. Its source is TypeScript (src/cli). Compiling
// it on load with tsx costs about a second per run (a loader thread, a hook round
// trip per module, CommonJS sniffing of big packages), so the tool runs from an
// esbuild bundle instead: made on the first run, and again whenever one of the
// files it was made from changed, in node_modules/.cache/journey-cli/ (or
// $JOURNEY_CLI_CACHE, which must lie inside the project so packages resolve).
// When no bundle can be made (esbuild missing, a source that does not compile),
// the tool falls back to tsx, which reports compile errors properly.
// JOURNEY_CLI_BUNDLE=0 always uses tsx.
//
// A run is short, so V8's optimising compiler (TurboFan) is switched off: it
// spent more CPU compiling hot functions than the run then saved (the big-map PDF
// export took ~40 % less CPU without it; a long, warm export is ~15 % slower).
// JOURNEY_CLI_OPT=1 keeps it on.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

if (process.env.JOURNEY_CLI_OPT !== '1') setFlagsFromString('--no-opt');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = process.env.JOURNEY_CLI_CACHE ?? join(ROOT, 'node_modules/.cache/journey-cli');
const CURRENT = join(CACHE, 'current.json');
// bump when the bundle recipe below changes, so old bundles are not reused
const RECIPE = 2;
// native modules and what must stay a real package load
const EXTERNAL = ['better-sqlite3', '@resvg/resvg-js', 'fsevents'];

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** `[mtime, size]` of every file the bundle was made from, by path relative to ROOT. */
function stamp(files) {
  return Object.fromEntries(
    files.map((file) => {
      const s = statSync(join(ROOT, file));
      return [file, [s.mtimeMs, s.size]];
    }),
  );
}

/** The current bundle's directory when it is still up to date with its sources, else null. */
function freshBundle() {
  try {
    const current = JSON.parse(readFileSync(CURRENT, 'utf8'));
    if (current.recipe !== RECIPE || current.node !== process.version) return null;
    const dir = join(CACHE, current.dir);
    if (!existsSync(join(dir, 'main.mjs'))) return null;
    const now = stamp(Object.keys(current.inputs));
    for (const [file, [mtime, size]] of Object.entries(current.inputs)) {
      if (now[file][0] !== mtime || now[file][1] !== size) return null;
    }
    return dir;
  } catch {
    return null; // no bundle yet, or a source file is gone
  }
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    // not hoisted: it is tsx's own dependency
    const require = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
    return await import(pathToFileURL(require.resolve('esbuild')).href);
  }
}

/** Bundles main.ts and every command (shared code and lazy imports split into chunks). */
async function buildBundle() {
  const { build } = await loadEsbuild();
  const commands = readdirSync(join(ROOT, 'src/cli/commands')).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const started = Date.now();
  const dir = `b-${started.toString(36)}-${process.pid}`;
  const out = join(CACHE, dir);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts', ...commands.map((f) => `src/cli/commands/${f}`)],
    outdir: out,
    outbase: 'src/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    external: EXTERNAL,
    // CommonJS packages inside an ES bundle still call require()
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    // less source for V8 to read and parse on every start; names stay readable
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  // (paths relative to ROOT; `ns:path` entries are esbuild's own virtual modules)
  const inputs = stamp(Object.keys(result.metafile.inputs).filter((file) => !file.includes(':')));
  // a file saved while esbuild read it may be in the bundle in its old form: check it next time
  for (const entry of Object.values(inputs)) if (entry[0] >= started - 1000) entry[0] = 0;
  const current = { recipe: RECIPE, node: process.version, dir, inputs };
  // atomic switch: a process starting meanwhile sees the old or the new bundle, never half
  const tmp = `${CURRENT}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify(current));
  renameSync(tmp, CURRENT);
  removeOldBundles(dir);
  return out;
}

/** Deletes bundles other than `keep` that are over an hour old (a running tool may still read a recent one). */
function removeOldBundles(keep) {
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith('b-') || name === keep) continue;
    const path = join(CACHE, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
}

async function bundledMain() {
  if (process.env.JOURNEY_CLI_BUNDLE === '0') return null;
  let dir = freshBundle();
  if (dir === null) {
    try {
      mkdirSync(CACHE, { recursive: true });
      dir = await buildBundle();
    } catch (error) {
      if (process.env.JOURNEY_DEBUG === '1') io.stderr(`journey: no bundle (${error.message})\n`);
      return null;
    }
  }
  const { main } = await import(pathToFileURL(join(dir, 'main.mjs')).href);
  const load = async (name) => {
    const file = join(dir, 'commands', `${name}.mjs`);
    return existsSync(file) ? import(pathToFileURL(file).href) : null;
  };
  return (argv) => main(argv, io, load);
}

let run = await bundledMain();
if (run === null) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  run = (argv) => main(argv, io);
}
process.exitCode = await run(process.argv.slice(2));
