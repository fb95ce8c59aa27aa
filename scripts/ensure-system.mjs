#!/usr/bin/env node
// Finds the system tools the browser, export and relay tests need (Node ≥ 20.19, Chromium,
// pdftotext, DejaVu fonts, PostgreSQL's server binaries). Installs Debian's packages when missing and running as
// root; otherwise stops with a one-line instruction. Never a silent skip, never a
// browser download. The e2e harness finds Chromium with the same findChromium().
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const MIN_NODE = [20, 19];

const CHROMIUM_FILES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first executable `name` on PATH, if any. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * Where Chromium is: `{ path }`, or `{ error }` with what to do. CHROMIUM_PATH, when
 * set, must name an executable (a typo is an error, not a reason to pick another
 * browser); otherwise the usual Debian paths, then PATH.
 */
export function findChromium() {
  const given = process.env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') {
    return isExecutable(given)
      ? { path: given }
      : { error: `CHROMIUM_PATH=${given} is not an executable file; fix or unset it.` };
  }
  const path = CHROMIUM_FILES.find(isExecutable) ?? CHROMIUM_NAMES.map(onPath).find(Boolean);
  return path
    ? { path }
    : { error: 'No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.' };
}

/**
 * Whether PostgreSQL's server binaries (initdb, pg_ctl) are there: PG_BIN, else Debian's
 * /usr/lib/postgresql/<version>/bin (server/pgTesting.ts looks in the same places).
 */
export function hasPostgres() {
  if (process.env.PG_BIN) return isExecutable(join(process.env.PG_BIN, 'initdb'));
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return false;
  return readdirSync(root).some((v) => isExecutable(join(root, v, 'bin', 'initdb')));
}

/** `null` when this Node is new enough, else the one line that says what to do. */
export function nodeProblem(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = MIN_NODE;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Node ${version} is too old: Journeyboard needs Node ${needMajor}.${needMinor} or newer ` +
    '(Debian 12 ships Node 18). Install Node 20 LTS or 22 LTS, e.g. from ' +
    'https://nodejs.org/en/download or https://github.com/nodesource/distributions.'
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(packages) {
  console.log(`Installing Debian packages: ${packages.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Checks Node and the system packages; installs missing ones as root, else exits 1 with an instruction. */
export function ensureSystem() {
  const node = nodeProblem();
  if (node) fail(node);
  const chromium = findChromium();
  // a wrong CHROMIUM_PATH is the user's setting: installing a browser would not fix it
  if (process.env.CHROMIUM_PATH && chromium.error) fail(chromium.error);
  const missing = [];
  if (!chromium.path) missing.push('chromium');
  if (!onPath('pdftotext')) missing.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    missing.push('fonts-dejavu-core');
  // the relay's tests run a throwaway PostgreSQL server (as the `postgres` user)
  if (!hasPostgres()) missing.push('postgresql');
  if (missing.length === 0) return;
  if (!isRoot) {
    fail(
      `Missing system packages: ${missing.join(', ')}. Run: sudo apt-get install -y ${missing.join(' ')}` +
        (missing.includes('chromium') ? ' (or set CHROMIUM_PATH to a Chromium/Chrome binary)' : ''),
    );
  }
  if (!onPath('apt-get')) fail(`Missing ${missing.join(', ')} and no apt-get to install them.`);
  aptInstall(missing);
  const after = findChromium();
  if (!after.path) fail(`Chromium is still missing after apt-get install chromium. ${after.error}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensureSystem();
