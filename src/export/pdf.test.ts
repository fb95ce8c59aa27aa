import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { kpiValue } from './cardFacts';
import { FIXTURES, fixtureMap, pdfFile, pdfInfo, pdfText } from './fixtures.testkit';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor } from './labels';
import { BOARD_STYLE } from './layout';
import { loadDejavuFonts } from './node/fonts';
import { exportPdf, PDF_PAGE_SIZES, type PdfPageSize } from './pdf';

/** pdftotext breaks wrapped lines; compare texts with all whitespace runs as one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const WIDTH = { a4: 841.89, a3: 1190.55 } as const;

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
      const path = pdfFile(await exportPdf(map, { fonts: loadDejavuFonts(), pageSize: size }));
      const { pages } = pdfInfo(path);
      const pageTexts = Array.from({ length: pages }, (_, i) => flat(pdfText(path, i + 1)));
      rendered.set(`${name}/${size}`, { map, path, pages, text: flat(pdfText(path)), pageTexts });
    }
  }
}, 120_000);

describe.each(FIXTURES)('PDF of %s', (name) => {
  describe.each(PDF_PAGE_SIZES)('%s', (size: PdfPageSize) => {
    const get = () => rendered.get(`${name}/${size}`)!;

    it('holds every phase name and every card text as real text', () => {
      const { map, text } = get();
      for (const phase of map.phases) expect(text).toContain(flat(phase.name));
      for (const card of map.cards) expect(text, `card ${card.id}`).toContain(flat(card.text));
      expect(text).toContain(flat(map.title));
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

    it('prints typed fields: channel, owner team, severity, KPI figures', () => {
      const { map, text } = get();
      const lang = exportLang(map);
      const labels = labelsFor(lang);
      for (const card of map.cards) {
        if (card.ownerTeam) expect(text).toContain(`${labels.fields.ownerTeam}: ${card.ownerTeam}`);
        if (card.channel)
          expect(text).toContain(`${labels.fields.channel}: ${labels.channels[card.channel]}`);
        if (card.severity) expect(text).toContain(`${labels.fields.severity}: ${card.severity}/5`);
        if (card.kpi) {
          const k = kpiFacts(card.kpi);
          expect(text).toContain(
            `${labels.fields.latest}: ${kpiValue(k.latest, card.kpi, lang, labels.empty)}`,
          );
          expect(text).toContain(`${labels.fields.status}: ${labels.kpiStatus[k.status]}`);
        }
      }
    });

    it('ends with the actions page (owner, status, due)', () => {
      const { map, pageTexts } = get();
      const labels = labelsFor(exportLang(map));
      const last = pageTexts.at(-1)!;
      expect(last).toContain(labels.actions);
      for (const action of map.actions ?? []) {
        expect(last).toContain(flat(action.title).slice(0, 30));
        expect(last).toContain(labels.actionStatus[action.status]);
        if (action.ownerTeam) expect(last).toContain(action.ownerTeam);
      }
      if ((map.actions ?? []).length === 0) expect(last).toContain(labels.noActions);
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
      const boardPages = pageTexts.filter((t) =>
        map.phases.some((p) => t.includes(flat(p.name)) && !t.includes(labels.actions)),
      );
      if (size === 'poster') {
        expect(boardPages).toHaveLength(1);
        expect(pages).toBe(2);
        return;
      }
      const perPage = Math.floor(
        (WIDTH[size] - 56 - BOARD_STYLE.laneHeaderWidth) / BOARD_STYLE.columnWidth,
      );
      const groups = Math.ceil(map.phases.length / perPage);
      expect(pages - 1).toBeGreaterThanOrEqual(groups);
      expect((pages - 1) % groups).toBe(0);
      // each phase column appears on exactly the pages of one column group
      const rowsPerGroup = (pages - 1) / groups;
      // (phase names that also occur in card texts cannot tell the pages apart)
      const other = flat(
        [
          map.title,
          map.cxGoal ?? '',
          map.persona?.name ?? '',
          ...map.cards.map((c) => c.text),
        ].join(' '),
      );
      const distinct = map.phases.filter((p) => !other.includes(flat(p.name)));
      expect(distinct.length).toBeGreaterThan(0);
      for (const phase of distinct) {
        const on = pageTexts.slice(0, pages - 1).filter((t) => t.includes(flat(phase.name))).length;
        expect(on, phase.name).toBe(rowsPerGroup);
      }
      // lane names are repeated on every page of a vertical window
      for (let g = 0; g < groups; g++) {
        for (let r = 0; r < rowsPerGroup; r++) {
          const page = pageTexts[g * rowsPerGroup + r]!;
          const first = pageTexts[r]!;
          for (const lane of map.lanes)
            if (first.includes(flat(lane.name))) expect(page).toContain(flat(lane.name));
        }
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

  it('is deterministic: the same map gives the same bytes', async () => {
    const map = fixtureMap('saas-onboarding');
    const a = await exportPdf(map, { fonts: loadDejavuFonts(), pageSize: 'a3' });
    const b = await exportPdf(map, { fonts: loadDejavuFonts(), pageSize: 'a3' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('cuts a card too tall for a page with "…" instead of losing the page layout', async () => {
    const base = fixtureMap('saas-onboarding');
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const map: JourneyMap = {
      ...base,
      cards: [{ ...base.cards[0]!, text: long }, ...base.cards.slice(1)],
    };
    const path = pdfFile(await exportPdf(map, { fonts: loadDejavuFonts(), pageSize: 'a4' }));
    const text = flat(pdfText(path));
    expect(text).toContain('word0 word1');
    expect(text).toContain('…');
    expect(text).not.toContain('word399');
  });
});
