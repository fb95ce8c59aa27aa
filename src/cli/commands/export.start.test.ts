/**
 * The `journey` bin starts from an esbuild bundle of the CLI (made on first use,
 * remade when a source changes) and falls back to tsx when it cannot make one.
 * Each path must give the same export. These run the real bin as a child process
 * with its own bundle cache.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCsv } from '../../export/csv';
import { fixtureMap } from '../../export/fixtures.testkit';
import { fixtureText } from '../../model/fixtures.testkit';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/journey.mjs');
// inside the project, so the bundle resolves packages from its node_modules
const CACHE_ROOT = join(ROOT, 'node_modules/.cache');
mkdirSync(CACHE_ROOT, { recursive: true });
const cache = mkdtempSync(join(CACHE_ROOT, 'journey-cli-test-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const work = mkdtempSync(join(tmpdir(), 'journey-start-'));
writeFileSync(join(work, 'kfz.journey.json'), fixtureText('kfz-versicherung'));
const expectedCsv = exportCsv(fixtureMap('kfz-versicherung'));

function journey(env: Record<string, string>, out: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'export', 'kfz.journey.json', '--csv', out, '--force'],
      { cwd: work, env: { ...process.env, JOURNEY_DEBUG: '1', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

const current = () =>
  JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')) as {
    dir: string;
    inputs: Record<string, [number, number]>;
  };

describe('journey bin start-up', () => {
  it('makes a bundle on the first run and reuses it on the next', async () => {
    const first = await journey({ JOURNEY_CLI_CACHE: cache }, 'a.csv');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(work, 'a.csv'), 'utf8')).toBe(expectedCsv);
    const made = current();
    expect(Object.keys(made.inputs)).toContain('src/cli/commands/export.ts');
    expect(Object.keys(made.inputs)).toContain('src/export/csv.ts');
    expect(readdirSync(join(cache, made.dir, 'commands'))).toContain('export.mjs');

    const second = await journey({ JOURNEY_CLI_CACHE: cache }, 'b.csv');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(work, 'b.csv'), 'utf8')).toBe(expectedCsv);
    expect(current().dir).toBe(made.dir);
  }, 60_000);

  it('makes a new bundle when a source file changed since', async () => {
    await journey({ JOURNEY_CLI_CACHE: cache }, 'c.csv');
    const before = current();
    // as if src/export/csv.ts had been saved after the bundle was made
    before.inputs['src/export/csv.ts']![0] -= 1000;
    writeFileSync(join(cache, 'current.json'), JSON.stringify(before));
    const run = await journey({ JOURNEY_CLI_CACHE: cache }, 'c.csv');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(current().dir).not.toBe(before.dir);
    expect(readFileSync(join(work, 'c.csv'), 'utf8')).toBe(expectedCsv);
  }, 60_000);

  it('falls back to tsx when no bundle can be made, or when told to', async () => {
    const blocked = join(cache, 'not-a-dir');
    writeFileSync(blocked, 'a file where the cache directory should be');
    const fallback = await journey({ JOURNEY_CLI_CACHE: join(blocked, 'cache') }, 'd.csv');
    expect(fallback.code).toBe(0);
    expect(fallback.stderr).toMatch(/^journey: no bundle \(/);
    expect(readFileSync(join(work, 'd.csv'), 'utf8')).toBe(expectedCsv);

    const off = await journey({ JOURNEY_CLI_CACHE: cache, JOURNEY_CLI_BUNDLE: '0' }, 'e.csv');
    expect(off).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(join(work, 'e.csv'), 'utf8')).toBe(expectedCsv);
  }, 60_000);
});
