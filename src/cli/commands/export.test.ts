import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../export/csv';
import { exportJson } from '../../export/json';
import { exportMarkdown } from '../../export/markdown';
import { fixtureMap, pdfInfo, pdfText } from '../../export/fixtures.testkit';
import { fixtureText } from '../../model/fixtures.testkit';
import { main } from '../main';

function setup() {
  const cwd = mkdtempSync(join(tmpdir(), 'journey-export-cli-'));
  writeFileSync(join(cwd, 'kfz.journey.json'), fixtureText('kfz-versicherung'));
  const out = { stdout: '', stderr: '' };
  const io = {
    cwd,
    stdout: (t: string) => void (out.stdout += t),
    stderr: (t: string) => void (out.stderr += t),
  };
  return { cwd, out, run: (...args: string[]) => main(['export', ...args], io) };
}

describe('journey export', () => {
  it('writes every requested format from one validated file', async () => {
    const { cwd, out, run } = setup();
    const code = await run(
      'kfz.journey.json',
      '--pdf',
      'a.pdf',
      '--png',
      'a.png',
      '--svg',
      'a.svg',
      '--csv',
      'a.csv',
      '--md',
      'a.md',
      '--json',
      'a.json',
      '--page',
      'a3',
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const map = fixtureMap('kfz-versicherung');
    expect(readFileSync(join(cwd, 'a.csv'), 'utf8')).toBe(exportCsv(map));
    expect(readFileSync(join(cwd, 'a.md'), 'utf8')).toBe(exportMarkdown(map));
    expect(readFileSync(join(cwd, 'a.json'), 'utf8')).toBe(exportJson(map));
    expect(readFileSync(join(cwd, 'a.svg'), 'utf8')).toContain('<svg');
    expect(readFileSync(join(cwd, 'a.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(pdfInfo(join(cwd, 'a.pdf')).width).toBeCloseTo(1190.55, 1);
    expect(pdfText(join(cwd, 'a.pdf'))).toContain('Kfz-Versicherung online abschließen');
    expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(6);
  });

  it('refuses an invalid map with its error list and writes nothing (exit 1)', async () => {
    const { cwd, out, run } = setup();
    const bad = JSON.parse(fixtureText('kfz-versicherung')) as { cards: { phaseId: string }[] };
    bad.cards[3]!.phaseId = 'p-missing';
    writeFileSync(join(cwd, 'bad.journey.json'), JSON.stringify(bad));
    expect(await run('bad.journey.json', '--csv', 'x.csv')).toBe(1);
    expect(out.stderr).toContain('cards[3].phaseId');
    expect(existsSync(join(cwd, 'x.csv'))).toBe(false);
  });

  it('is a usage error (exit 2) without an output, with a bad --page or without a file', async () => {
    expect(await setup().run('kfz.journey.json')).toBe(2);
    expect(await setup().run('kfz.journey.json', '--pdf', 'a.pdf', '--page', 'a5')).toBe(2);
    expect(await setup().run('--csv', 'a.csv')).toBe(2);
    expect(await setup().run('kfz.journey.json', '--csv', 'a.csv', '--page', 'a3')).toBe(2);
  });

  it('does not overwrite an existing file unless --force is given', async () => {
    const { cwd, out, run } = setup();
    writeFileSync(join(cwd, 'keep.md'), 'mine');
    expect(await run('kfz.journey.json', '--md', 'keep.md')).toBe(1);
    expect(out.stderr).toContain('--force');
    expect(readFileSync(join(cwd, 'keep.md'), 'utf8')).toBe('mine');
    expect(await run('kfz.journey.json', '--md', 'keep.md', '--force')).toBe(0);
    expect(readFileSync(join(cwd, 'keep.md'), 'utf8')).toContain('### Erste Informationen');
  });
});
