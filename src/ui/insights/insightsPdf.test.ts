// The PDF of each insights view: pdftotext finds every row's words, in English and
// German, and a long view runs over several pages with its header row repeated.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportRowsPdf } from '../../export/pdfRows';
import { loadDejavuFonts } from '../../export/node/fonts';
import { pdfFile, pdfInfo, pdfText } from '../../export/fixtures.testkit';
import { translator } from '../../i18n';
import kfz from '../../model/fixtures/kfz-versicherung.journey.json';
import saas from '../../model/fixtures/saas-onboarding.journey.json';
import { REPORT_KINDS, reportRows, type ReportKind } from '../../model/insights';
import type { JourneyMap } from '../../model/types';
import { insightsMessages } from './messages';
import { printRows } from './printRows';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const maps = [kfz, saas].map((m) => structuredClone(m) as unknown as JourneyMap);
const byId = new Map(maps.map((m) => [m.id, m]));

async function pdfOf(kind: ReportKind, list: readonly JourneyMap[], lang: 'en' | 'de') {
  const t = translator(insightsMessages, lang);
  const rows = reportRows(kind, list);
  const table = printRows(kind, rows, new Map(list.map((m) => [m.id, m])), t);
  const bytes = await exportRowsPdf(
    {
      title: t(kind),
      subtitle: t('pdfSubtitle', { rows: rows.length, maps: list.length, date: '2026-12-06' }),
      columns: table.columns,
      rows: table.rows,
      pageLabel: t('pdfPage'),
      continued: t('pdfContinued'),
      language: lang,
    },
    { fonts: loadDejavuFonts(), deflate: (d) => deflateSync(d) },
  );
  return { file: pdfFile(bytes), table };
}

describe('insights PDF', () => {
  for (const kind of REPORT_KINDS) {
    it(`${kind}: every row's words are in the PDF`, async () => {
      const { file, table } = await pdfOf(kind, maps, 'en');
      const text = flat(pdfText(file));
      expect(table.rows.length).toBeGreaterThan(0);
      for (const title of table.columns) expect(text).toContain(flat(title));
      for (const row of table.rows)
        for (const cell of row) {
          // a cell wraps inside its column: each word of it is on the page
          for (const word of cell.split(/\s+/).filter((w) => w.length > 3))
            expect(text, `${kind}: ${cell}`).toContain(word);
        }
    });
  }

  it('speaks German and names linked cards and actions, not their ids', async () => {
    const { file } = await pdfOf('actions', maps, 'de');
    const text = flat(pdfText(file));
    expect(text).toContain('Maßnahmen');
    expect(text).toContain('Verantwortliches Team');
    expect(text).toContain('Seite 1 von 1');
    const { table } = await pdfOf('painPoints', maps, 'de');
    const kfzRow = table.rows.find((r) => r[0] === byId.get('kfz-versicherung-2026')!.title)!;
    expect(kfzRow.join(' ')).not.toMatch(/\bac\d\b/);
  });

  it('a long view runs over pages, the header row on each', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...maps[0]!, id: `kfz-${i}` }));
    const { file } = await pdfOf('painPoints', many, 'en');
    const pages = pdfInfo(file).pages;
    expect(pages).toBeGreaterThan(2);
    expect(flat(pdfText(file, pages))).toContain('Pain points (continued)');
    expect(flat(pdfText(file, pages))).toContain('Severity');
    expect(flat(pdfText(file, pages))).toContain(`Page ${pages} of ${pages}`);
  });
});
