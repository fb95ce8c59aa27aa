// The map's header block on the PDF's first page (#16), read back with pdftotext, in
// English and German, on every paper size.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { initialsOf } from '../model/initials';
import type { JourneyMap } from '../model/types';
import { FIXTURES, fixtureMap, pdfFile, pdfInfo, pdfText, pdfWords } from './fixtures.testkit';
import { exportLang } from './labels';
import { loadDejavuFonts } from './node/fonts';
import { exportPdf, PDF_PAGE_SIZES, type PdfPageSize } from './pdf';
import { HEADER_ORDER } from './pdfHeaderBlock';
import { headerFacts } from './printHeader';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function render(map: JourneyMap, pageSize: PdfPageSize) {
  const bytes = await exportPdf(map, {
    fonts: loadDejavuFonts(),
    pageSize,
    deflate: (b) => deflateSync(b),
  });
  const path = pdfFile(bytes);
  return { path, info: pdfInfo(path), page: (n: number) => flat(pdfText(path, n)) };
}

/** Where each of `parts` starts in `text`, searching on from the previous one (-1: not found in order). */
function positions(text: string, parts: readonly string[]): number[] {
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(flat(part), from);
    if (at >= 0) from = at + flat(part).length;
    return at;
  });
}

/** The block's texts in reading order: persona (initials, name, own facts), then the map's facts. */
function expectedOrder(map: JourneyMap): string[] {
  const facts = headerFacts(map);
  const value = (key: string) => facts.find((f) => f.key === key);
  return [
    map.title,
    ...(map.persona ? [initialsOf(map.persona.name), map.persona.name] : []),
    ...HEADER_ORDER.flatMap((k) => {
      const f = value(k);
      return f ? [`${f.label}: ${f.value}`] : [];
    }),
  ];
}

describe.each(FIXTURES)('first page of %s', (name) => {
  const map = fixtureMap(name);

  it.each(PDF_PAGE_SIZES)('holds the whole header, in reading order (%s)', async (size) => {
    const { page } = await render(map, size);
    const parts = expectedOrder(map);
    expect(parts.length).toBeGreaterThan(5);
    const at = positions(page(1), parts);
    parts.forEach((part, i) => expect(at[i], part).toBeGreaterThanOrEqual(0));
  });
});

describe('the header block', () => {
  it('prints English and German labels after the map language', async () => {
    const de = (await render(fixtureMap('kfz-versicherung'), 'a4')).page(1);
    expect(de).toContain('Über die Persona:');
    expect(de).toContain('Vorwissen:');
    expect(de).toContain('Szenario:');
    const en = (await render(fixtureMap('saas-onboarding'), 'a4')).page(1);
    expect(exportLang(fixtureMap('saas-onboarding'))).toBe('en');
    expect(en).toContain('Goals (jobs to be done):');
    expect(en).toContain('State:');
  });

  it('wraps long texts inside the page and goes on over pages, the board after it', async () => {
    const base = fixtureMap('kfz-versicherung');
    const long = (stem: string) =>
      Array.from({ length: 260 }, (_, i) => `${stem}${i}`)
        .join(' ')
        .slice(0, 2000);
    const map: JourneyMap = {
      ...base,
      persona: { ...base.persona!, description: long('Persona'), priorKnowledge: long('Wissen') },
      scenario: long('Szenario'),
      description: long('Beschreibung'),
    };
    for (const size of ['a4', 'poster'] as const) {
      const { path, info, page } = await render(map, size);
      const all = flat(pdfText(path));
      for (const text of [long('Persona'), long('Wissen'), long('Szenario'), long('Beschreibung')])
        expect(all).toContain(text);
      // nothing runs over the right margin
      for (let n = 1; n <= Math.min(3, info.pages); n++) {
        const words = pdfWords(path, n);
        for (const w of words) expect(w.xMax, w.text).toBeLessThanOrEqual(info.width - 27);
      }
      // every card is still there after the long block
      for (const card of map.cards.filter((c) => !c.text.includes(':')))
        expect(all, card.id).toContain(flat(card.text).split(' ')[0]!);
      expect(page(1)).toContain('Persona0 Persona1');
    }
  });

  it('is left out for a map without header fields', async () => {
    const base = fixtureMap('saas-onboarding');
    const bare: JourneyMap = { ...base };
    for (const key of ['persona', 'scenario', 'description', 'cxGoal', 'owner', 'tags', 'state'])
      delete (bare as unknown as Record<string, unknown>)[key];
    expect(headerFacts(bare)).toEqual([]);
    const { page } = await render(bare, 'a4');
    const first = page(1);
    for (const label of ['Persona', 'Scenario:', 'Owner:', 'Tags:', 'State:'])
      expect(first).not.toContain(label);
    // the board starts right under the page header
    expect(first).toContain(flat(bare.phases[0]!.name));
    expect(first).toContain(flat(bare.lanes[0]!.name));
  });
});
