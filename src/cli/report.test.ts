// `journey report` over files and folders (in process, real files).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActionRow, OwnerRow, PainPointRow } from '../model/insights';
import { main } from './main';

const FIXTURES = fileURLToPath(new URL('../model/fixtures', import.meta.url));
let dir: string;

async function journey(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-report-'));
  mkdirSync(join(dir, 'maps'));
  for (const name of ['kfz-versicherung', 'saas-onboarding'])
    copyFileSync(join(FIXTURES, `${name}.journey.json`), join(dir, 'maps', `${name}.journey.json`));
  writeFileSync(join(dir, 'maps', 'notes.txt'), 'not a map');
  writeFileSync(join(dir, 'broken.journey.json'), '{"format":"journeymap"}');
});

describe('journey report', () => {
  it('reads every *.journey.json of a folder and prints JSON rows', async () => {
    const run = await journey('report', 'maps', '--kind', 'painPoints');
    expect(run.code, run.err).toBe(0);
    const rows = JSON.parse(run.out) as PainPointRow[];
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.mapId))).toEqual(
      new Set(['kfz-versicherung-2026', 'saas-onboarding']),
    );
  });

  it('prints CSV and Markdown with the fields in order', async () => {
    const csv = await journey(
      'report',
      'maps/kfz-versicherung.journey.json',
      '--kind',
      'actions',
      '--csv',
    );
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n')[0]).toBe(
      'mapId,mapTitle,actionId,title,status,ownerTeam,due,overdue,cardIds',
    );
    expect(csv.out).toContain('ac2');
    const md = await journey('report', 'maps', '--kind', 'owners', '--md');
    expect(md.out).toContain('| name | count | mapIds | similar |');
    expect(md.out).toContain('| Kundenservice |');
  });

  it('gives actions and owners across maps', async () => {
    const actions = JSON.parse(
      (await journey('report', 'maps', '--kind', 'actions')).out,
    ) as ActionRow[];
    expect(actions.map((a) => a.status)).toEqual(['open', 'doing']);
    const owners = JSON.parse(
      (await journey('report', 'maps', '--kind', 'owners')).out,
    ) as OwnerRow[];
    expect(owners.map((o) => o.name)).toContain('Growth');
  });

  it('refuses an invalid file, an unknown kind and a missing input', async () => {
    const bad = await journey('report', 'broken.journey.json', '--kind', 'kpis');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('broken.journey.json is not a valid map');
    expect((await journey('report', 'maps', '--kind', 'everything')).code).toBe(2);
    expect((await journey('report', '--kind', 'kpis')).code).toBe(2);
    expect((await journey('report', 'nowhere', '--kind', 'kpis')).code).toBe(1);
    expect((await journey('report', 'maps', '--kind', 'kpis', '--csv', '--md')).code).toBe(2);
  });
});
