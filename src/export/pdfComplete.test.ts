/**
 * "Every card of every lane" on paper: texts that used to be cut (emotion labels,
 * long names, the CX goal, a card longer than a page) are all in the PDF, whole;
 * the actions stay last however long the KPI table gets; characters the font
 * lacks are reported instead of vanishing.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../model/parseMapFile';
import type { Card, JourneyMap } from '../model/types';
import { cardsNotFound, fixtureMap, pdfFile, pdfInfo, pdfText, pdfWords } from './fixtures.testkit';
import { exportLang, labelsFor } from './labels';
import { loadDejavuFonts } from './node/fonts';
import { exportPdf, PDF_PAGE_SIZES, type PdfOptions } from './pdf';
import { PLACEHOLDER } from './pdfFontkit';
import { BOARD_STYLE } from './printLayout';

/** The narrowest a card is on paper (A4/A3 widen columns to fill the page). */
const CARD_WIDTH = BOARD_STYLE.columnWidth - 2 * BOARD_STYLE.cellPad;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (n: number, stem: string) => Array.from({ length: n }, (_, i) => `${stem}${i}`);

/** Validates like an import, so every test map is a legal file. */
function valid(map: JourneyMap): JourneyMap {
  const result = parseMapFile(JSON.stringify(map));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

async function render(map: JourneyMap, options: Partial<PdfOptions> = {}) {
  const path = pdfFile(
    await exportPdf(map, { fonts: loadDejavuFonts(), deflate: (b) => deflateSync(b), ...options }),
  );
  const pages = pdfInfo(path).pages;
  return {
    path,
    pages,
    text: flat(pdfText(path)),
    page: (n: number) => flat(pdfText(path, n)),
  };
}

describe('emotion cards', () => {
  const base = fixtureMap('saas-onboarding');
  const lane = base.lanes.find((l) => l.type === 'emotions')!;
  const emotions: Card[] = base.phases.flatMap((phase, p) =>
    [0, 1, 2, 3].map((i) => ({
      id: `emo-${p}-${i}`,
      laneId: lane.id,
      phaseId: phase.id,
      text: `Gefühl ${p}.${i}: ziemlich frustriert über die Wartezeit, weil die Überweisung „hängt“ und niemand Bescheid gibt ENDE${p}${i}`,
      score: (i % 7) - 3,
      votes: i + 1,
      tags: [`tag${p}${i}`],
      comments: [{ author: 'Kim', text: 'seen', at: '2026-11-20T10:00:00Z' }],
    })),
  );
  const map = valid({
    ...base,
    language: 'de',
    cards: [...base.cards.filter((c) => c.laneId !== lane.id), ...emotions],
  });
  const labels = labelsFor(exportLang(map));

  it.each(PDF_PAGE_SIZES)(
    'prints every long emotion text whole, with its facts (%s)',
    async (size) => {
      const { text } = await render(map, { pageSize: size });
      for (const card of emotions) {
        expect(text, card.id).toContain(flat(card.text));
        expect(text).toContain(`${labels.fields.tags}: ${card.tags![0]}`);
      }
      expect(text).toContain(`${labels.fields.votes}: 4`);
      expect(text).toContain(`${labels.fields.comments}: 1`);
    },
  );

  it('keeps every emotion card when a phase holds more than a page of them', async () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({
      id: `crowd${i}`,
      laneId: lane.id,
      phaseId: base.phases[1]!.id,
      text: `Viele Gefühle Nummer ${i} mit etwas Text, der zwei Zeilen braucht`,
      score: (i % 7) - 3,
    }));
    const big = valid({ ...map, cards: [...map.cards, ...crowded] });
    const { text } = await render(big, { pageSize: 'a4' });
    for (const card of [...emotions, ...crowded]) expect(text, card.id).toContain(flat(card.text));
  });
});

describe('long names and header texts', () => {
  const base = fixtureMap('kfz-versicherung');
  const phaseName = words(24, 'Phasenwort').join(' ').slice(0, 200);
  const laneName = words(24, 'Bahnwort').join(' ').slice(0, 200);
  // capitals: wide enough that 200 characters overrun the footer line of A4
  const title = words(20, 'ÜBERSICHTSWORT').join(' ').slice(0, 200);
  const cxGoal = words(220, 'Zielwort').join(' ').slice(0, 2000);
  const map = valid({
    ...base,
    title,
    cxGoal,
    phases: [{ ...base.phases[0]!, name: phaseName }, ...base.phases.slice(1)],
    lanes: [{ ...base.lanes[0]!, name: laneName }, ...base.lanes.slice(1)],
  });

  it.each(PDF_PAGE_SIZES)('prints title, phase, lane and CX goal whole (%s)', async (size) => {
    const { text, path, pages } = await render(map, { pageSize: size });
    for (const t of [title, phaseName, laneName, cxGoal]) expect(text).toContain(flat(t));
    expect(cardsNotFound(path, pages, map.cards, CARD_WIDTH)).toEqual([]);
  });

  it('shortens the title in the footer only, clear of the page number', async () => {
    const { path, pages, page } = await render(map, { pageSize: 'a4' });
    const labels = labelsFor(exportLang(map));
    for (const n of [1, pages]) {
      // the header has the whole title
      expect(page(n)).toContain(flat(title));
      const all = pdfWords(path, n);
      const bottom = Math.max(...all.map((w) => w.yMax));
      const footer = all.filter((w) => w.yMax > bottom - 2).sort((a, b) => a.xMin - b.xMin);
      const pageWord = footer.find((w) => w.text === labels.pageOf.split(' ')[0])!;
      const titleWords = footer.filter((w) => w.xMax < pageWord.xMin);
      expect(titleWords.length).toBeGreaterThan(3);
      expect(titleWords.at(-1)!.text.endsWith('…')).toBe(true);
      expect(footer.filter((w) => w.xMin < pageWord.xMin && w.xMax > pageWord.xMin)).toEqual([]);
    }
  });
});

/** The text of pages `from`…`to` (1-based) without their header and footer lines. */
function body(
  doc: { page: (n: number) => string },
  map: JourneyMap,
  from: number,
  to: number,
): string {
  const labels = labelsFor(exportLang(map));
  const frame = (n: number) => [
    labels.pageOf.replace('{n}', String(n)).replace('{total}', String(to)),
    flat(map.title),
  ];
  const parts: string[] = [];
  for (let n = from; n <= to; n++) {
    let text = doc.page(n);
    // the header's first three lines, up to the CX goal, and the footer
    const goal = map.cxGoal ? flat(map.cxGoal) : '';
    const headerEnd = goal ? text.indexOf(goal) + goal.length : text.indexOf(flat(map.title));
    text = text.slice(headerEnd);
    for (const f of frame(n)) text = text.split(f).join(' ');
    parts.push(text);
  }
  return flat(parts.join(' '));
}

describe('a card longer than a page', () => {
  const base = fixtureMap('saas-onboarding');
  const text = words(1400, 'w').join(' ').slice(0, 10_000);
  const map = valid({ ...base, cards: [{ ...base.cards[0]!, text }, ...base.cards.slice(1)] });

  it('is cut on the board, says so, and the appendix holds all of it', async () => {
    const doc = await render(map, { pageSize: 'a4' });
    const { pages, page } = doc;
    const labels = labelsFor(exportLang(map));
    // the appendix runs over pages; read it without the page headers and footers
    expect(body(doc, map, 1, pages)).toContain(flat(text));
    const board = page(1);
    expect(board).toContain('w0 w1 w2');
    expect(board).toContain('…');
    expect(board).toContain(labels.fullTextInAppendix);
    const appendixAt = Array.from({ length: pages }, (_, i) => page(i + 1)).findIndex((p) =>
      p.includes(labels.appendix),
    );
    expect(appendixAt).toBeGreaterThan(0);
    expect(page(pages)).toContain(labels.actions);
  });
});

describe('closing pages', () => {
  it('put the actions last even when the KPI table fills several pages', async () => {
    const base = fixtureMap('kfz-versicherung');
    const kpiLane = base.lanes.find((l) => l.type === 'kpis')!;
    const kpis: Card[] = Array.from({ length: 120 }, (_, i) => ({
      id: `kpi${i}`,
      laneId: kpiLane.id,
      phaseId: base.phases[i % base.phases.length]!.id,
      text: `Kennzahl ${i}`,
      kpi: {
        unit: '%',
        direction: 'higherIsBetter',
        baseline: { value: i, date: '2026-01-15' },
        target: { value: 90, date: '2026-12-31' },
      },
    }));
    const map = valid({ ...base, cards: [...base.cards, ...kpis] });
    const labels = labelsFor(exportLang(map));
    const { pages, page } = await render(map, { pageSize: 'a4' });
    const texts = Array.from({ length: pages }, (_, i) => page(i + 1));
    const kpiPages = texts.flatMap((t, i) =>
      t.includes(`${labels.kpi} ${labels.fields.phase}`) ? [i] : [],
    );
    const actionPages = texts.flatMap((t, i) =>
      t.includes(`${labels.fields.title} ${labels.fields.owner}`) ? [i] : [],
    );
    expect(kpiPages.length).toBeGreaterThan(1);
    expect(texts[kpiPages[1]!]).toContain(`${labels.kpiOverview} ${labels.continued}`);
    expect(actionPages.at(-1)).toBe(pages - 1);
    // the actions follow the KPI overview, on its last page when they fit there
    expect(Math.max(...kpiPages)).toBeLessThanOrEqual(Math.min(...actionPages));
    const kpiText = kpiPages.map((i) => texts[i]).join(' ');
    for (const card of kpis) expect(kpiText).toContain(`${card.text} `);
  });
});

describe('characters the font does not have', () => {
  it('prints them as a visible placeholder and reports them, once each', async () => {
    const base = fixtureMap('kfz-versicherung');
    const text = 'Emoji 😀, 中文 und wieder 中 ✓ ≥ → ENDE';
    const map = valid({ ...base, cards: [{ ...base.cards[0]!, text }, ...base.cards.slice(1)] });
    const reported: string[][] = [];
    const { text: all } = await render(map, {
      pageSize: 'poster',
      onMissingGlyphs: (chars) => reported.push([...chars]),
    });
    expect(reported).toEqual([['中', '文']]);
    expect(all).toContain(
      `Emoji 😀, ${PLACEHOLDER}${PLACEHOLDER} und wieder ${PLACEHOLDER} ✓ ≥ → ENDE`,
    );
  });

  it('stays quiet when every character can be drawn', async () => {
    const reported: unknown[] = [];
    await render(fixtureMap('saas-onboarding'), { onMissingGlyphs: (c) => reported.push(c) });
    expect(reported).toEqual([]);
  });
});
