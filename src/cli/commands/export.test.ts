import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../export/csv';
import { exportJson } from '../../export/json';
import { exportMarkdown } from '../../export/markdown';
import { fixtureMap, pdfInfo, pdfText } from '../../export/fixtures.testkit';
import { PNG_LIMITS } from '../../export/pngSize';
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
    // the map's header reaches every file (#16): persona and CX goal in all of them
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const file of ['a.csv', 'a.md', 'a.svg'])
      for (const value of [map.persona!.name, map.cxGoal!])
        expect(flat(readFileSync(join(cwd, file), 'utf8')), file).toContain(value);
    expect(flat(pdfText(join(cwd, 'a.pdf')))).toContain(map.scenario ?? map.cxGoal!);
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
    expect(readFileSync(join(cwd, 'keep.md'), 'utf8')).toContain('## Erste Informationen');
  });

  it('scales a PNG down to the size cap and says so', async () => {
    const { cwd, out, run } = setup();
    // 55 phases: 9,800 pt wide, 19,600 px at the default scale of 2
    const wide = JSON.parse(fixtureText('saas-onboarding')) as { phases: unknown[] };
    for (let i = 0; i < 50; i++) wide.phases.push({ id: `extra${i}`, name: `Extra ${i}` });
    writeFileSync(join(cwd, 'wide.journey.json'), JSON.stringify(wide));
    expect(await run('wide.journey.json', '--png', 'wide.png')).toBe(0);
    const png = readFileSync(join(cwd, 'wide.png'));
    const width = png.readUInt32BE(16);
    expect(width).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    expect(width).toBeGreaterThan(PNG_LIMITS.maxSide - 2);
    expect(out.stdout).toMatch(
      new RegExp(
        `wide\\.png: PNG .* KiB \\(${width}×${png.readUInt32BE(20)} px, scaled down to 1\\.\\d\\d px/pt \\(limit 16,000 px a side, 200 Mpx\\)\\)`,
      ),
    );
  }, 60_000);

  it('takes --scale for PNGs only, within reason', async () => {
    const { cwd, out, run } = setup();
    expect(await run('kfz.journey.json', '--png', 's.png', '--scale', '0.5')).toBe(0);
    expect(readFileSync(join(cwd, 's.png')).readUInt32BE(16)).toBe(761);
    expect(out.stdout).toContain('(761×552 px)'); // the board and the map's header above it
    expect(await setup().run('kfz.journey.json', '--png', 'x.png', '--scale', '0')).toBe(2);
    expect(await setup().run('kfz.journey.json', '--png', 'x.png', '--scale', 'big')).toBe(2);
    expect(await setup().run('kfz.journey.json', '--pdf', 'x.pdf', '--scale', '2')).toBe(2);
  });

  it('warns on stderr about characters the PDF font cannot draw, and still writes the PDF', async () => {
    const { cwd, out, run } = setup();
    const map = JSON.parse(fixtureText('kfz-versicherung')) as { cards: { text: string }[] };
    map.cards[0]!.text = 'Tarif 中文 ✓';
    writeFileSync(join(cwd, 'cjk.journey.json'), JSON.stringify(map));
    expect(await run('cjk.journey.json', '--pdf', 'cjk.pdf')).toBe(0);
    expect(out.stderr).toBe(
      'cjk.pdf: warning: 2 character(s) have no glyph in DejaVu Sans and print as "\uFFFD": 中 (U+4E2D), 文 (U+6587)\n',
    );
    expect(pdfText(join(cwd, 'cjk.pdf'))).toContain('Tarif \uFFFD\uFFFD ✓');
  });
});
