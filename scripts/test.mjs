#!/usr/bin/env node
// `npm test`: every layer, in order, stopping at the first failure:
// typecheck -> lint (layer rules) -> unit + component + relay integration (vitest node, dom)
// -> build -> e2e (Chromium).
import { spawnSync } from 'node:child_process';
import { ensureSystem } from './ensure-system.mjs';

// the cache keeps a second run to a few seconds; it lives with the other tool caches
const LINT_CACHE = ['--cache', '--cache-location', 'node_modules/.cache/eslint/'];

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', ...LINT_CACHE]],
  [
    'unit, component and relay tests',
    'npx',
    ['vitest', 'run', '--project', 'node', '--project', 'dom'],
  ],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['browser end-to-end tests', 'npx', ['vitest', 'run', '--project', 'e2e']],
];

ensureSystem();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
