#!/usr/bin/env node
// Finds the system tools the browser and export tests need (Chromium, pdftotext).
// Installs Debian's packages when missing and running as root; otherwise stops with a
// one-line instruction. Never a silent skip, never a browser download.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromiumCandidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

export function findChromium() {
  return chromiumCandidates.find((p) => existsSync(p));
}

function hasCommand(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(packages) {
  console.log(`Installing Debian packages: ${packages.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

export function ensureSystem() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!hasCommand('pdftotext')) missing.push('poppler-utils');
  if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) missing.push('fonts-dejavu-core');
  if (missing.length === 0) return;
  if (!isRoot) {
    console.error(
      `Missing system packages: ${missing.join(', ')}. Install them (sudo apt-get install -y ${missing.join(' ')}) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
    );
    process.exit(1);
  }
  aptInstall(missing);
  if (!findChromium()) {
    console.error('Chromium is still missing after apt-get install chromium; set CHROMIUM_PATH.');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureSystem();
