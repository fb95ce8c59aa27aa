import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { kpiValue } from './cardFacts';
import {
  cardsNotFound,
  FIXTURES,
  fixtureMap,
  inkDepth,
  pdfFile,
  pdfFonts,
  pdfInfo,
  pdfText,
} from './fixtures.testkit';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor, type ExportLabels } from './labels';
import { BOARD_STYLE } from './printLayout';
import { loadDejavuFonts } from './node/fonts';
import { exportPdf, PDF_PAGE_SIZES, type PdfPageSize } from './pdf';

/** pdftotext breaks wrapped lines; compare texts with all whitespace runs as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The narrowest a card is on paper (A4/A3 widen columns to fill the page). */
const CARD_WIDTH = BOARD_STYLE.columnWidth - 2 * BOARD_STYLE.cellPad;

/**
 * "Almost empty" (#16): a page whose ink reaches less than this share of the way down
 * its printable area (the page less margins and footer; the page header counts).
 */
const ALMOST_EMPTY = 0.25;

interface Rendered {
  map: JourneyMap;
  path: string;
  pages: number;
  text: string;
  pageTexts: string[];
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const name of FIXTURES) {
    const map = fixtureMap(name);
    for (const size of PDF_PAGE_SIZES) {
      const bytes = await exportPdf(map, {
        fonts: loadDejavuFonts(),
        pageSize: size,
        deflate: (b) => deflateSync(b),
      });
      const path = pdfFile(bytes);
      const { pages } = pdfInfo(path);
      const pageTexts = Array.from({ length: pages }, (_, i) => flat(pdfText(path, i + 1)));
      rendered.set(`${name}/${size}`, { map, path, pages, text: flat(pdfText(path)), pageTexts });
    }
  }
}, 120_000);

/** A page after the board: it holds the head of the KPI or the actions table. */
function closingKind(
  page: string,
  labels: ExportLabels,
): 'kpis' | 'appendix' | 'actions' | undefined {
  const f = labels.fields;
  // the last section that is on the page
  if (page.includes(`${f.title} ${f.owner} ${f.status} ${f.due}`)) return 'actions';
  if (page.includes(labels.noActions)) return 'actions';
  if (page.includes(labels.appendix)) return 'appendix';
  if (page.includes(`${labels.kpi} ${f.phase} ${f.baseline} ${f.latest}`)) return 'kpis';
  return undefined;
}

describe.each(FIXTURES)('PDF of %s', (name) => {
  describe.each(PDF_PAGE_SIZES)('%s', (size: PdfPageSize) => {
    const get = () => rendered.get(`${name}/${size}`)!;

    it('leaves no page but the last almost empty', () => {
      const { path, pages } = get();
      for (let n = 1; n < pages; n++)
        expect(inkDepth(path, n), `page ${n} of ${pages}`).toBeGreaterThanOrEqual(ALMOST_EMPTY);
    });

    it('holds the title, every phase and lane name and every card text as real text', () => {
      const { map, text } = get();
      expect(text).toContain(flat(map.title));
      for (const phase of map.phases) expect(text).toContain(flat(phase.name));
      for (const lane of map.lanes) expect(text).toContain(flat(lane.name));
      // each card's words in order inside one card-wide box on some page
      expect(cardsNotFound(get().path, get().pages, map.cards, CARD_WIDTH)).toEqual([]);
      expect(text).not.toContain('…');
    });

    it('prints the header: persona, CX goal, state and date', () => {
      const { map, pageTexts } = get();
      const labels = labelsFor(exportLang(map));
      for (const page of pageTexts) {
        expect(page).toContain(flat(map.title));
        if (map.persona) expect(page).toContain(`${labels.persona}: ${map.persona.name}`);
        if (map.state) expect(page).toContain(labels.states[map.state]);
      }
      if (map.cxGoal) expect(pageTexts[0]).toContain(flat(map.cxGoal));
    });

    it('prints typed fields: channel, owner team, severity, score, KPI figures', () => {
      const { map, text } = get();
      const lang = exportLang(map);
      const labels = labelsFor(lang);
      for (const card of map.cards) {
        if (card.ownerTeam) expect(text).toContain(`${labels.fields.ownerTeam}: ${card.ownerTeam}`);
        if (card.channel)
          expect(text).toContain(`${labels.fields.channel}: ${labels.channels[card.channel]}`);
        if (card.severity) expect(text).toContain(`${labels.fields.severity}: ${card.severity}/5`);
        if (card.score !== undefined)
          expect(text).toContain(
            `${labels.fields.score}: ${card.score > 0 ? '+' : ''}${card.score}`,
          );
        if (card.kpi) {
          const k = kpiFacts(card.kpi);
          expect(text).toContain(
            `${labels.fields.latest}: ${kpiValue(k.latest, card.kpi, lang, labels.empty)}`,
          );
          expect(text).toContain(`${labels.fields.status}: ${labels.kpiStatus[k.status]}`);
        }
      }
    });

    it('ends with the actions (owner, status, due), after the KPI overview', () => {
      const { map, pageTexts } = get();
      const labels = labelsFor(exportLang(map));
      const kinds = pageTexts.map((p) => closingKind(p, labels));
      expect(kinds.at(-1)).toBe('actions');
      const firstClosing = kinds.findIndex((k) => k !== undefined);
      // board pages, then the closing pages: nothing in between
      expect(kinds.slice(firstClosing).every((k) => k !== undefined)).toBe(true);
      // the sections follow each other in order: KPI overview, appendix, actions
      const closing = pageTexts.slice(firstClosing).join(' ');
      const f = labels.fields;
      const at = (s: string) => closing.indexOf(s);
      const actionsAt = Math.max(
        at(`${f.title} ${f.owner} ${f.status} ${f.due}`),
        at(labels.noActions),
      );
      expect(actionsAt).toBeGreaterThan(-1);
      if (map.cards.some((c) => c.kpi))
        expect(at(`${labels.kpi} ${f.phase} ${f.baseline} ${f.latest}`)).toBeLessThan(actionsAt);
      if (at(labels.appendix) > -1) expect(at(labels.appendix)).toBeLessThan(actionsAt);
      const actionText = closing.slice(actionsAt);
      for (const action of map.actions ?? []) {
        expect(actionText).toContain(flat(action.title));
        expect(actionText).toContain(labels.actionStatus[action.status]);
        if (action.ownerTeam) expect(actionText).toContain(action.ownerTeam);
      }
      if ((map.actions ?? []).length === 0) expect(actionText).toContain(labels.noActions);
    });

    it('numbers its pages and splits the board as the page size demands', () => {
      const { map, pages, pageTexts } = get();
      const labels = labelsFor(exportLang(map));
      pageTexts.forEach((page, i) => {
        const footer = labels.pageOf
          .replace('{n}', String(i + 1))
          .replace('{total}', String(pages));
        expect(page).toContain(footer);
      });
      const board = pageTexts.filter((t) => closingKind(t, labels) === undefined);
      if (size === 'poster') {
        expect(board).toHaveLength(1);
        return;
      }
      // every phase column is on a board page, and wherever it is, lane names are
      // repeated beside it (phase names that also occur in card texts or the
      // header cannot tell the pages apart)
      const other = flat(
        [
          map.title,
          map.cxGoal ?? '',
          map.persona?.name ?? '',
          map.description ?? '',
          map.scenario ?? '',
          ...map.cards.map((c) => c.text),
        ].join(' '),
      );
      const distinct = map.phases.filter((p) => !other.includes(flat(p.name)));
      expect(distinct.length).toBeGreaterThan(0);
      for (const phase of distinct) {
        const on = board.filter((t) => t.includes(flat(phase.name)));
        expect(on.length, phase.name).toBeGreaterThan(0);
        for (const page of on)
          expect(
            map.lanes.some((l) => page.includes(flat(l.name))),
            phase.name,
          ).toBe(true);
      }
    });

    it('embeds both DejaVu fonts as subsets with a Unicode map', () => {
      const fonts = pdfFonts(get().path);
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
        'DejaVuSans',
        'DejaVuSans-Bold',
      ]);
      for (const f of fonts) {
        expect(f).toMatchObject({ embedded: true, subset: true, unicode: true });
        expect(f.type).toBe('CID TrueType');
      }
    });
  });

  it('needs more pages on A4 than on A3, and A3 no fewer than the poster', () => {
    const count = (s: PdfPageSize) => rendered.get(`${name}/${s}`)!.pages;
    expect(count('a4')).toBeGreaterThanOrEqual(count('a3'));
    expect(count('a3')).toBeGreaterThanOrEqual(count('poster'));
  });
});

describe('PDF text', () => {
  it('keeps German typography intact: umlauts, ß, € and „quotes“', async () => {
    const base = fixtureMap('kfz-versicherung');
    const text = 'Prämie „Grüße“ für Öl & Maß: 12,50 €';
    const map: JourneyMap = {
      ...base,
      cards: [{ ...base.cards[0]!, text }, ...base.cards.slice(1)],
    };
    const path = pdfFile(await exportPdf(map, { fonts: loadDejavuFonts(), pageSize: 'poster' }));
    expect(flat(pdfText(path))).toContain(text);
  });

  it('is deterministic: the same map gives the same bytes, with either deflate', async () => {
    const map = fixtureMap('saas-onboarding');
    const fonts = loadDejavuFonts();
    const deflate = (b: Uint8Array) => deflateSync(b);
    const a = await exportPdf(map, { fonts, pageSize: 'a3' });
    const b = await exportPdf(map, { fonts, pageSize: 'a3' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await exportPdf(map, { fonts, pageSize: 'a3', deflate });
    const d = await exportPdf(map, { fonts, pageSize: 'a3', deflate });
    expect(Buffer.from(c).equals(Buffer.from(d))).toBe(true);
    // both compressions give the same document
    expect(flat(pdfText(pdfFile(c)))).toBe(flat(pdfText(pdfFile(a))));
  });
});
