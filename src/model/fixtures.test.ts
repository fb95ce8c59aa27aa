// The repository carries copies of the shared sample maps so a clone tests on its
// own; where the shared folder sits next to the clone, the copies must not drift.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from './fixtures.testkit';
import { parseMapFile } from './parseMapFile';

const SHARED = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));
const NAMES = ['kfz-versicherung', 'saas-onboarding'];
const read = (dir: string, name: string) => readFileSync(`${dir}/${name}.journey.json`, 'utf8');

describe('sample maps', () => {
  it.each(NAMES)('%s is valid, and equal to the shared fixture where that is present', (name) => {
    const ours = read(FIXTURE_DIR, name);
    expect(parseMapFile(ours).ok).toBe(true);
    const shared = `${SHARED}/${name}.journey.json`;
    if (existsSync(shared)) expect(JSON.parse(ours)).toEqual(JSON.parse(read(SHARED, name)));
  });
});
