/**
 * The vector PDF of a map: a header on every page (title, state, persona, CX goal,
 * date), the board cut into pages (or one poster page), then the KPI overview, an
 * appendix with any text the board had to shorten, and the actions as the last
 * pages. Text is real text in an embedded DejaVu Sans subset, so German (ä ö ü ß €
 * „…“) prints and can be searched and copied.
 *
 * Pure: map and font bytes in, PDF bytes out; the same call serves browser and CLI.
 * The output is deterministic (document dates come from the map, not the clock).
 */
import type { PDFDocument, PDFPage } from './pdfLib';
import type { JourneyMap } from '../model/types';
import { BOARD_STYLE, layoutBoard } from './printLayout';
import { exportLang, formatDate, labelsFor, type ExportLabels, type ExportLang } from './labels';
import { drawBoardWindow } from './pdfBoard';
import { BLOCK_SHARE, boardPages } from './pdfPages';
import {
  BLOCK_END,
  drawBlockEnd,
  headerBlock,
  placeBlock,
  type PlacedBlock,
} from './pdfHeaderBlock';
import { fontedDocument } from './pdfFonts';
import { PageContent, Painter, TextEncoding, type Deflate } from './pdfPainter';
import { drawClosingPages } from './pdfTables';
import { wrapText, type Measure } from '../model/geometry/text';
import { ellipsize, wrapClamped } from '../model/geometry/textBlock';
import { INK, MUTED } from './theme';

export type { Deflate } from './pdfPainter';

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
  /**
   * compresses the page contents; the CLI passes Node's zlib, which is several
   * times faster than pdf-lib's JavaScript deflate (the default)
   */
  readonly deflate?: Deflate;
  /**
   * hears the characters the font has no glyph for (CJK, some emoji), once each,
   * in order of appearance; they print as "�"
   */
  readonly onMissingGlyphs?: (chars: readonly string[]) => void;
}

/** Landscape sizes in points. */
const SIZES = { a4: [841.89, 595.28], a3: [1190.55, 841.89] } as const;
const MARGIN = 28;
const FOOTER = 18;
/** Beyond this a page is over the PDF viewers' limit (200 in) and gets scaled down. */
const MAX_PAGE = 14400;
/** The persona and CX goal take at most this many lines of a page's header (the first page has them whole). */
const SUB_LINES = 4;

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
  const title = wrapText(map.title, width - rightWidth, 14, true, measure);
  const facts = [
    map.persona ? { label: labels.persona, text: map.persona.name } : undefined,
    map.cxGoal ? { label: labels.cxGoal, text: map.cxGoal } : undefined,
  ].filter((x): x is { label: string; text: string } => x !== undefined);
  const subText = facts.map((x) => `${x.label}: ${x.text}`).join('   ·   ');
  const sub = wrapClamped(subText, width, 8, false, measure, SUB_LINES);
  const headerHeight = title.length * 17 + (subText ? sub.length * 10.5 : 0) + 10;
  return {
    headerHeight,
    drawHeader(p, w) {
      p.lines(title, 0, 0, 14, true, 17, INK);
      p.text(rightLine, w, 3, 8, false, MUTED, 'right');
      if (subText) p.lines(sub, 0, title.length * 17 + 2, 8, false, 10.5, MUTED);
      p.line(0, headerHeight - 4, w, headerHeight - 4, '#c9ced8', 0.6);
    },
  };
}

/** Renders the map as PDF bytes. */
export async function exportPdf(map: JourneyMap, options: PdfOptions): Promise<Uint8Array> {
  const lang = options.lang ?? exportLang(map);
  const labels = labelsFor(lang);
  const pageSize = options.pageSize ?? 'a4';
  const missing = new Set<string>();
  const { doc, fonts, measure } = await fontedDocument(options.fonts, (ch) => missing.add(ch));
  const date = options.date ?? map.updatedAt;
  const [tableW, tableH] = pageSize === 'a4' ? SIZES.a4 : SIZES.a3;
  const frames = new Map<number, Frame>();
  const frameFor = (width: number) => {
    let frame = frames.get(width);
    if (!frame) {
      frame = headerFrame(map, labels, lang, date, width, measure);
      frames.set(width, frame);
    }
    return frame;
  };
  const tableFrame = frameFor(tableW - 2 * MARGIN);
  const contentHeight = (h: number, frame: Frame) => h - 2 * MARGIN - frame.headerHeight - FOOTER;

  const boardHeight = contentHeight(tableH, tableFrame);
  // the map's header on the first page(s); the board goes on under it when there is room
  const block = placeBlock(
    pageSize === 'poster' ? [] : headerBlock(map, lang, tableW - 2 * MARGIN, measure),
    boardHeight,
  );
  const under = block.end <= boardHeight * BLOCK_SHARE ? block.end : 0;
  // Cards are capped to the height a page can hold (under the block on the first), so
  // a card never has to be cut.
  const layout = layoutBoard(map, {
    measure,
    windowHeight: pageSize === 'poster' ? undefined : boardHeight - under,
    columnWidth: fillWidth(pageSize, tableW),
  });
  const pages: PageContent[] = [];
  const encoding = new TextEncoding(fonts);
  const addPage = (size: readonly [number, number]) => {
    const content = new PageContent(doc.addPage([size[0], size[1]]), encoding);
    pages.push(content);
    return content;
  };

  if (pageSize === 'poster') {
    const width = Math.max(layout.width + 2 * MARGIN, 420);
    const frame = frameFor(width - 2 * MARGIN);
    const poster = placeBlock(headerBlock(map, lang, width - 2 * MARGIN, measure), Infinity);
    const height = layout.height + 2 * MARGIN + frame.headerHeight + poster.end + FOOTER;
    const painter = new Painter(addPage([width, height]), MARGIN, MARGIN + frame.headerHeight);
    for (const { row, y } of poster.rows) row.draw(painter, y);
    if (poster.pages > 0) drawBlockEnd(painter, poster.end - BLOCK_END, width - 2 * MARGIN);
    drawBoardWindow(
      painter.shifted(0, poster.end),
      layout,
      { c0: 0, c1: layout.columns.length, y0: layout.headerHeight, y1: layout.height },
      new Set(),
    );
  } else {
    const size = SIZES[pageSize];
    const boardPainter = () => new Painter(addPage(size), MARGIN, MARGIN + tableFrame.headerHeight);
    const width = size[0] - 2 * MARGIN;
    const first = drawBlockPages(block, boardPainter, width);
    const drawn = new Set<string>();
    const pagesOfBoard = boardPages(layout, width, boardHeight, first?.y ?? 0);
    pagesOfBoard.forEach((page, i) => {
      const painter = i === 0 && page.afterBlock && first ? first.painter : boardPainter();
      for (const { window, top } of page.windows)
        drawBoardWindow(painter.shifted(0, top), layout, window, drawn);
    });
  }

  drawClosingPages(
    { map, labels, lang, cutCards: layout.cards.filter((c) => c.cut) },
    {
      width: tableW - 2 * MARGIN,
      height: contentHeight(tableH, tableFrame),
      newPage: () =>
        new Painter(addPage([tableW, tableH]), MARGIN, MARGIN + tableFrame.headerHeight),
    },
    measure,
  );

  for (const [i, content] of pages.entries()) {
    const frame = frameFor(content.page.getWidth() - 2 * MARGIN);
    drawFrame(content, frame, map.title, labels, measure, i + 1, pages.length);
    const big = Math.max(content.page.getWidth(), content.page.getHeight());
    if (big > MAX_PAGE) content.scale(MAX_PAGE / big);
    await content.finish(doc, options.deflate);
  }

  setMetadata(doc, map, lang);
  if (missing.size > 0) options.onMissingGlyphs?.([...missing]);
  // everything in one go: pdf-lib otherwise yields a timer tick per 50 objects
  return doc.save({ objectsPerTick: Infinity });
}

/** Header and footer of one page; the footer shortens the title so it never runs into "Page n of N". */
function drawFrame(
  content: PageContent,
  frame: Frame,
  mapTitle: string,
  labels: ExportLabels,
  measure: Measure,
  n: number,
  total: number,
): void {
  const page: PDFPage = content.page;
  const w = page.getWidth() - 2 * MARGIN;
  const p = new Painter(content, MARGIN, MARGIN);
  frame.drawHeader(p, w);
  const footer = labels.pageOf.replace('{n}', String(n)).replace('{total}', String(total));
  const footerTop = page.getHeight() - 2 * MARGIN - 8;
  p.text(footer, w, footerTop, 7, false, MUTED, 'right');
  const room = w - measure(footer, 7, false) - 24;
  const title = mapTitle.replace(/\s+/g, ' ');
  const fits = measure(title, 7, false) <= room;
  p.text(fits ? title : ellipsize(title, room, 7, false, measure), 0, footerTop, 7, false, MUTED);
}

function setMetadata(doc: PDFDocument, map: JourneyMap, lang: ExportLang): void {
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
}

/**
 * Draws the placed header block on new pages; returns the last one and the y under
 * the block, where the board may go on (undefined for a map without a header).
 */
function drawBlockPages(
  block: PlacedBlock,
  newPage: () => Painter,
  width: number,
): { painter: Painter; y: number } | undefined {
  if (block.pages === 0) return undefined;
  const painters = Array.from({ length: block.pages }, newPage);
  for (const { row, page, y } of block.rows) row.draw(painters[page]!, y);
  const last = painters[block.pages - 1]!;
  drawBlockEnd(last, block.end - BLOCK_END, width);
  return { painter: last, y: block.end };
}

/** On A4/A3 the phase columns share the page width, so no page has an empty strip on the right. */
function fillWidth(pageSize: PdfPageSize, pageWidth: number): number | undefined {
  if (pageSize === 'poster') return undefined;
  const usable = pageWidth - 2 * MARGIN - BOARD_STYLE.laneHeaderWidth;
  return usable / Math.max(1, Math.floor(usable / BOARD_STYLE.columnWidth));
}
