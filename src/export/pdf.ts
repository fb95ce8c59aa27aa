/**
 * The vector PDF of a map: a header on every page (title, state, persona, CX goal,
 * date), the board cut into pages (or one poster page), then the actions and KPI
 * pages. Text is real text in an embedded DejaVu Sans subset, so German (ä ö ü ß €
 * „…“) prints and can be searched and copied.
 *
 * Pure: map and font bytes in, PDF bytes out; the same call serves browser and CLI.
 * The output is deterministic (document dates come from the map, not the clock).
 */
import { PDFDocument, type PDFFont, type PDFPage } from './pdfLib';
import type { JourneyMap } from '../model/types';
import { BOARD_STYLE, layoutBoard, type BoardLayout } from './layout';
import { exportLang, formatDate, labelsFor, type ExportLabels, type ExportLang } from './labels';
import { boardWindows, drawBoardWindow } from './pdfBoard';
import { fastFontkit } from './pdfFontkit';
import { Painter, type PdfFontPair } from './pdfPainter';
import { drawClosingPages } from './pdfTables';
import { cachedMeasure, wrapText, type Measure } from './text';
import { INK, MUTED } from './theme';

export interface PdfFonts {
  /** DejaVuSans.ttf bytes */
  readonly regular: Uint8Array;
  /** DejaVuSans-Bold.ttf bytes */
  readonly bold: Uint8Array;
}

export type PdfPageSize = 'a4' | 'a3' | 'poster';
export const PDF_PAGE_SIZES: readonly PdfPageSize[] = ['a4', 'a3', 'poster'];

export interface PdfOptions {
  readonly fonts: PdfFonts;
  readonly pageSize?: PdfPageSize;
  /** print language; defaults to the map's language */
  readonly lang?: ExportLang;
  /** the "as of" date (RFC 3339); defaults to the map's `updatedAt` */
  readonly date?: string;
}

/** Landscape sizes in points. */
const SIZES = { a4: [841.89, 595.28], a3: [1190.55, 841.89] } as const;
const MARGIN = 28;
const FOOTER = 18;
/** Beyond this a page is over the PDF viewers' limit (200 in) and gets scaled down. */
const MAX_PAGE = 14400;

interface Frame {
  readonly headerHeight: number;
  drawHeader(p: Painter, width: number): void;
}

function headerFrame(
  map: JourneyMap,
  labels: ExportLabels,
  lang: ExportLang,
  date: string,
  width: number,
  measure: Measure,
): Frame {
  const right = [formatDate(date, lang), map.state ? labels.states[map.state] : undefined]
    .filter(Boolean)
    .join(' · ');
  const rightLine = `${labels.asOf}: ${right}`;
  const rightWidth = measure(rightLine, 8, false) + 12;
  const title = wrapText(map.title, width - rightWidth, 14, true, measure, 2);
  const facts = [
    map.persona ? `${labels.persona}: ${map.persona.name}` : undefined,
    map.cxGoal ? `${labels.cxGoal}: ${map.cxGoal}` : undefined,
  ].filter((x): x is string => x !== undefined);
  const sub = facts.length ? wrapText(facts.join('   ·   '), width, 8, false, measure, 3) : [];
  const headerHeight = title.length * 17 + sub.length * 10.5 + 10;
  return {
    headerHeight,
    drawHeader(p, w) {
      p.lines(title, 0, 0, 14, true, 17, INK);
      p.text(rightLine, w, 3, 8, false, MUTED, 'right');
      p.lines(sub, 0, title.length * 17 + 2, 8, false, 10.5, MUTED);
      p.line(0, headerHeight - 4, w, headerHeight - 4, '#c9ced8', 0.6);
    },
  };
}

/** Renders the map as PDF bytes. */
export async function exportPdf(map: JourneyMap, options: PdfOptions): Promise<Uint8Array> {
  const lang = options.lang ?? exportLang(map);
  const labels = labelsFor(lang);
  const pageSize = options.pageSize ?? 'a4';
  const doc = await PDFDocument.create();
  doc.registerFontkit(fastFontkit);
  const fonts: PdfFontPair = {
    regular: await doc.embedFont(options.fonts.regular, { subset: true }),
    bold: await doc.embedFont(options.fonts.bold, { subset: true }),
  };
  const measure = cachedMeasure((text, bold) =>
    (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, 1),
  );
  const date = options.date ?? map.updatedAt;
  const [tableW, tableH] = pageSize === 'a4' ? SIZES.a4 : SIZES.a3;
  const headerProbe = headerFrame(map, labels, lang, date, tableW - 2 * MARGIN, measure);

  // Cards are capped to the height a page can hold, so a card never has to be cut.
  const contentHeight = tableH - 2 * MARGIN - headerProbe.headerHeight - FOOTER;
  const layout = layoutBoard(map, {
    measure,
    maxCardHeight: contentHeight - 80,
    columnWidth: fillWidth(pageSize, tableW),
  });
  const pages: PDFPage[] = [];
  const stamp = (page: PDFPage) => pages.push(page);

  if (pageSize === 'poster') {
    const width = Math.max(layout.width + 2 * MARGIN, 420);
    const frame = headerFrame(map, labels, lang, date, width - 2 * MARGIN, measure);
    const height = layout.height + 2 * MARGIN + frame.headerHeight + FOOTER;
    const page = doc.addPage([width, height]);
    stamp(page);
    drawBoardWindow(
      new Painter(page, fonts, MARGIN, MARGIN + frame.headerHeight),
      layout,
      { c0: 0, c1: layout.columns.length, y0: layout.headerHeight, y1: layout.height },
      new Set(),
    );
  } else {
    const [w, h] = SIZES[pageSize];
    drawBoardPages(
      doc,
      layout,
      fonts,
      stamp,
      w,
      h,
      h - 2 * MARGIN - headerProbe.headerHeight - FOOTER,
    );
  }

  drawClosingPages(
    map,
    {
      width: tableW - 2 * MARGIN,
      height: contentHeight,
      newPage: () => {
        const page = doc.addPage([tableW, tableH]);
        stamp(page);
        return new Painter(page, fonts, MARGIN, MARGIN + headerProbe.headerHeight);
      },
    },
    measure,
    labels,
    lang,
  );

  pages.forEach((page, i) => {
    const w = page.getWidth() - 2 * MARGIN;
    const frame = headerFrame(map, labels, lang, date, w, measure);
    const p = new Painter(page, fonts, MARGIN, MARGIN);
    frame.drawHeader(p, w);
    const footer = labels.pageOf
      .replace('{n}', String(i + 1))
      .replace('{total}', String(pages.length));
    p.text(footer, w, page.getHeight() - 2 * MARGIN - 8, 7, false, MUTED, 'right');
    p.text(map.title, 0, page.getHeight() - 2 * MARGIN - 8, 7, false, MUTED);
    const big = Math.max(page.getWidth(), page.getHeight());
    if (big > MAX_PAGE) page.scale(MAX_PAGE / big, MAX_PAGE / big);
  });

  doc.setTitle(map.title, { showInWindowTitleBar: true });
  doc.setLanguage(lang === 'de' ? 'de-DE' : 'en');
  if (map.owner) doc.setAuthor(map.owner);
  if (map.cxGoal) doc.setSubject(map.cxGoal);
  doc.setCreator('Journeyboard');
  doc.setProducer('Journeyboard (pdf-lib)');
  const when = new Date(map.updatedAt);
  if (!Number.isNaN(when.getTime())) {
    doc.setCreationDate(when);
    doc.setModificationDate(when);
  }
  return doc.save();
}

/** On A4/A3 the phase columns share the page width, so no page has an empty strip on the right. */
function fillWidth(pageSize: PdfPageSize, pageWidth: number): number | undefined {
  if (pageSize === 'poster') return undefined;
  const usable = pageWidth - 2 * MARGIN - BOARD_STYLE.laneHeaderWidth;
  return usable / Math.max(1, Math.floor(usable / BOARD_STYLE.columnWidth));
}

function drawBoardPages(
  doc: PDFDocument,
  layout: BoardLayout,
  fonts: { regular: PDFFont; bold: PDFFont },
  stamp: (p: PDFPage) => void,
  pageW: number,
  pageH: number,
  boardHeight: number,
): void {
  const frameTop = pageH - 2 * MARGIN - FOOTER - boardHeight;
  const drawn = new Set<string>();
  for (const window of boardWindows(layout, pageW - 2 * MARGIN, boardHeight)) {
    const page = doc.addPage([pageW, pageH]);
    stamp(page);
    drawBoardWindow(new Painter(page, fonts, MARGIN, MARGIN + frameTop), layout, window, drawn);
  }
}
