/**
 * A table of rows as a PDF — the insights views (pain points, opportunities, actions,
 * KPIs, touchpoints, owner teams) — with the map PDF's machinery: pdf-lib with the
 * DejaVu subset (pdfFontkit), the text painter (pdfPainter) and the flowing table
 * (pdfFlow: rows never split, heading and header row repeat on every page). A4
 * landscape, "Page n of N" at the foot. The caller gives the words (any language).
 */
import type { PdfFonts } from './pdf';
import { fontedDocument } from './pdfFonts';
import { drawTable, Flow, type Cell } from './pdfFlow';
import { PageContent, Painter, TextEncoding, type Deflate } from './pdfPainter';
import { MUTED } from './theme';

export interface RowsPdfInput {
  readonly title: string;
  /** under the title, e.g. "12 rows · 3 maps · as of 2026-12-06" */
  readonly subtitle: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** "Page {page} of {pages}" with those placeholders */
  readonly pageLabel: string;
  /** "(continued)" after a heading on the pages a table continues to */
  readonly continued: string;
  /** BCP 47 language of the words */
  readonly language: string;
}

export interface RowsPdfOptions {
  readonly fonts: PdfFonts;
  readonly deflate?: Deflate;
  readonly onMissingGlyphs?: (chars: readonly string[]) => void;
}

const PAGE = [841.89, 595.28] as const; // A4 landscape
const MARGIN = 28;
const FOOTER = 18;

/** The longest word of a text (a column narrower than that breaks words). */
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

/**
 * Column shares from the text they hold: long texts wide, numbers narrow, and no
 * column narrower than its title's longest word or (up to 16 characters) its cells'.
 */
function shares(columns: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const sample = rows.slice(0, 200);
  const weight = columns.map((title, i) => {
    const cells = sample.map((r) => r[i] ?? '');
    const mean = cells.length
      ? cells.reduce((a, c) => a + Math.min(c.length, 80), 0) / cells.length
      : 0;
    const word = Math.min(16, Math.max(0, ...cells.map(longestWord)));
    return Math.max(longestWord(title) + 1, word + 1, Math.min(40, mean));
  });
  const total = weight.reduce((a, b) => a + b, 0);
  return weight.map((w) => w / total);
}

export async function exportRowsPdf(
  input: RowsPdfInput,
  options: RowsPdfOptions,
): Promise<Uint8Array> {
  const missing = new Set<string>();
  const { doc, fonts, measure } = await fontedDocument(options.fonts, (ch) => missing.add(ch));
  const encoding = new TextEncoding(fonts);
  const pages: PageContent[] = [];
  const flow = new Flow(
    {
      width: PAGE[0] - 2 * MARGIN,
      height: PAGE[1] - 2 * MARGIN - FOOTER,
      newPage: () => {
        const content = new PageContent(doc.addPage([PAGE[0], PAGE[1]]), encoding);
        pages.push(content);
        return new Painter(content, MARGIN, MARGIN);
      },
    },
    measure,
  );
  flow.paragraph(input.subtitle, false, MUTED, 2);
  const share = shares(input.columns, input.rows);
  drawTable(
    flow,
    { text: input.title, continued: input.continued },
    input.columns.map((title, i) => ({ title, share: share[i]! })),
    input.rows.map((row): Cell[] => input.columns.map((_, i) => ({ text: row[i] ?? '' }))),
  );
  for (const [i, content] of pages.entries()) {
    const label = input.pageLabel
      .replace('{page}', String(i + 1))
      .replace('{pages}', String(pages.length));
    const painter = new Painter(content, MARGIN, PAGE[1] - MARGIN - FOOTER + 6);
    painter.text(label, PAGE[0] - 2 * MARGIN, 0, 8, false, MUTED, 'right');
    await content.finish(doc, options.deflate);
  }
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setLanguage(input.language);
  doc.setCreator('Journeyboard');
  doc.setProducer('Journeyboard (pdf-lib)');
  if (missing.size > 0) options.onMissingGlyphs?.([...missing]);
  return doc.save({ objectsPerTick: Infinity });
}
