// The map's header and the comments in the PDF of every paper size, read back with pdftotext.
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { fixtureMap, pdfFile, pdfInfo, pdfText, requirePoppler } from './fixtures.testkit';
import { loadDejavuFonts } from './node/fonts';
import { exportPdf, PDF_PAGE_SIZES, type PdfPageSize } from './pdf';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function stakeholderMap(): JourneyMap {
  const base = fixtureMap('saas-onboarding');
  return {
    ...base,
    language: 'de',
    state: 'future',
    persona: {
      name: 'Dana Beispiel',
      description: 'Teamleiterin, richtet das Werkzeug für zwölf Leute ein',
      goals: ['schnell startklar sein', 'Kosten im Blick behalten'],
      priorKnowledge: 'kennt ein Konkurrenzprodukt',
    },
    scenario: 'Testphase bis zum ersten Kauf',
    description: 'Vom Registrieren bis zur ersten Rechnung',
    cxGoal: 'In zehn Minuten produktiv',
    owner: 'CX-Team Nord',
    tags: ['onboarding', 'b2b'],
    cards: base.cards.map((c, i) =>
      i === 0
        ? {
            ...c,
            comments: [
              { author: 'Vera Vorstand', text: 'Warum drei Schritte?', at: '2026-11-20T09:30:00Z' },
              { author: 'Tom Technik', text: 'SSO fehlt noch', at: '2026-11-21T14:00:00Z' },
            ],
          }
        : c,
    ),
  };
}

const texts = new Map<PdfPageSize, { text: string; pages: number }>();

beforeAll(async () => {
  requirePoppler('pdftotext');
  for (const size of PDF_PAGE_SIZES) {
    const bytes = await exportPdf(stakeholderMap(), {
      fonts: loadDejavuFonts(),
      pageSize: size,
      deflate: (b) => deflateSync(b),
    });
    const path = pdfFile(bytes);
    texts.set(size, { text: flat(pdfText(path)), pages: pdfInfo(path).pages });
  }
}, 120_000);

describe.each(PDF_PAGE_SIZES)('PDF header and comments, %s', (size) => {
  it('holds every header field of the map', () => {
    const { text } = texts.get(size)!;
    for (const value of [
      'Dana Beispiel',
      'Teamleiterin, richtet das Werkzeug für zwölf Leute ein',
      'schnell startklar sein; Kosten im Blick behalten',
      'kennt ein Konkurrenzprodukt',
      'Testphase bis zum ersten Kauf',
      'Vom Registrieren bis zur ersten Rechnung',
      'In zehn Minuten produktiv',
      'CX-Team Nord',
      'onboarding, b2b',
      'Soll-Zustand',
      'Vorwissen',
      'Szenario',
    ])
      expect(text, value).toContain(value);
  });

  it('lists every comment with its author and date in the appendix', () => {
    const { text } = texts.get(size)!;
    const appendix = text.slice(text.indexOf('Anhang'));
    expect(appendix).toContain('Vera Vorstand, 20.11.2026: Warum drei Schritte?');
    expect(appendix).toContain('Tom Technik, 21.11.2026: SSO fehlt noch');
  });
});
