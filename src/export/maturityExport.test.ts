import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ASPECTS,
  computeEvidence,
  type Aspect,
  type AspectRound,
  type Level,
  type MaturityCheck,
} from '../model/maturity';
import { testMap } from '../model/insights/testMaps.testkit';
import { pdfFile, pdfInfo, pdfText } from './fixtures.testkit';
import { exportMaturityMarkdown } from './maturityMarkdown';
import { exportMaturityPdf } from './maturityPdf';
import { loadDejavuFonts } from './node/fonts';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A check snapshot: Ann (facilitator) rated metrics 1, Bob 3, revealed; `agreed` levels set. */
function check(id: string, title: string, agreed: Partial<Record<Aspect, Level>>): MaturityCheck {
  const aspects = Object.fromEntries(
    ASPECTS.map((a): [Aspect, AspectRound] => [
      a,
      {
        ratings: a === 'metrics' ? { ann: 1, bob: 3 } : {},
        revealed: a === 'metrics',
        agreed: agreed[a] ?? null,
      },
    ]),
  ) as Record<Aspect, AspectRound>;
  return {
    id,
    title,
    createdAt: '2026-12-06T09:00:00Z',
    facilitatorId: 'ann',
    previousId: id === 'now' ? 'before' : null,
    participants: { ann: 'Ann Müller', bob: 'Bob' },
    aspects,
    roadmap:
      id === 'now'
        ? [
            {
              id: 'g1',
              quarter: '2027-Q1',
              goal: 'KPIs mit Ausgangswert | alle',
              measure: '',
              owner: 'CX-Team',
              status: 'doing',
              aspect: 'metrics',
              order: 'a0',
            },
          ]
        : [],
  };
}

const previous = check('before', 'Q3', { metrics: 1, tools: 1 });
const current = check('now', 'Q4 Größencheck', { metrics: 2, tools: 2, awareness: 1 });
const evidence = computeEvidence(
  [testMap('a', 'de', [], { owner: 'CX' }), testMap('b', 'en', [])],
  '2026-12-06',
);

describe('maturity check export', () => {
  it('Markdown: facts, result with spread and change, measures, evidence, roadmap (German)', () => {
    const md = exportMaturityMarkdown({ check: current, previous, evidence, lang: 'de' });
    expect(md).toContain('# Reifegrad-Check: Q4 Größencheck');
    expect(md).toContain('- **Teilnehmende:** Ann Müller, Bob');
    // mean of 2, 2, 1 = 1.7: adopting
    expect(md).toContain('- **Gesamtstufe:** Im Aufbruch (mittlere vereinbarte Stufe 1,7 von 4)');
    expect(md).toContain(
      '| Aspekt | Vereinbarte Stufe | Streuung | Median | Letzter Check | Veränderung |',
    );
    expect(md).toContain('| Metriken | 2 – Strukturierte Nutzung | 2 | 2 | 1 | +1 |');
    expect(md).toContain('| Bewusstsein | 1 – Gelegentliche Nutzung | – | – | – | – |');
    expect(md).toContain('- Ein Standardvorgehen zum Erstellen und Pflegen von Maps');
    expect(md).toContain('- Maps mit Verantwortlichen: 1 von 2');
    // the pipe in the goal stays text, not a column
    expect(md).toContain(
      '| 2027-Q1 | KPIs mit Ausgangswert \\| alle |  | CX-Team | in Arbeit | Metriken |',
    );
  });

  it('Markdown in English without a previous check has no comparison columns', () => {
    const md = exportMaturityMarkdown({
      check: previous,
      previous: null,
      evidence: null,
      lang: 'en',
    });
    expect(md).toContain('| Aspect | Agreed level | Spread | Median |');
    expect(md).toContain('| Metrics | 1 – Occasional use | 2 | 2 |');
    expect(md).not.toContain('Evidence from the maps');
    expect(md).toContain('- **Overall stage:** Adopting (mean agreed level 1 of 4)');
  });

  it('PDF: the same result and roadmap as searchable text (pdftotext)', async () => {
    const bytes = await exportMaturityPdf(
      { check: current, previous, evidence, lang: 'de' },
      { fonts: loadDejavuFonts(), deflate: (b) => deflateSync(b) },
    );
    const path = pdfFile(bytes);
    expect(pdfInfo(path).pages).toBeGreaterThanOrEqual(1);
    const text = flat(pdfText(path));
    expect(text).toContain('Reifegrad-Check: Q4 Größencheck');
    expect(text).toContain('Gesamtstufe: Im Aufbruch');
    expect(text).toContain('Metriken 2 – Strukturierte Nutzung 2 2 1 +1');
    expect(text).toContain('Quartals-Roadmap');
    expect(text).toContain('CX-Team');
    expect(text).toContain('Maps mit Verantwortlichen: 1 von 2');
    // the radar's labels: all nine aspects
    expect(text).toContain('Erkenntnisgewinnung');
  });
});
