/**
 * The map's header block on the PDF's first page (#16): the persona with an initials
 * badge, what the persona is about, goals, prior knowledge, then scenario, CX goal,
 * description, owner, tags and state, each "Label: value" wrapped to the page width
 * (never cut). A map without any of them gets no block. The block is
 * a list of rows, so a very long one continues over pages like any text.
 */
import type { JourneyMap } from '../model/types';
import { initialsOf } from '../model/initials';
import { wrapText, type Measure } from '../model/geometry/text';
import type { ExportLang } from './labels';
import type { Painter } from './pdfPainter';
import { headerFacts } from './printHeader';
import { CURVE, GRID, INK, MUTED } from './theme';

/** One row of the block: drawn with its top at `y`. */
export interface BlockRow {
  readonly height: number;
  draw(p: Painter, y: number): void;
}

const VALUE_SIZE = 8.5;
const LINE = VALUE_SIZE * 1.3;
const NAME_SIZE = 11;
const BADGE = 22;
/** the order the header reads in: who, what they want, where, then the map's own facts */
export const HEADER_ORDER = [
  'persona.description',
  'persona.goals',
  'persona.priorKnowledge',
  'scenario',
  'cxGoal',
  'description',
  'owner',
  'tags',
  'state',
];

/** The rows of the block (empty when the map has no header facts); `width` is the page's text width. */
export function headerBlock(
  map: JourneyMap,
  lang: ExportLang,
  width: number,
  measure: Measure,
): BlockRow[] {
  const facts = headerFacts(map, lang);
  if (facts.length === 0) return [];
  const rows: BlockRow[] = [];
  const persona = map.persona?.name.trim() ? map.persona.name : undefined;
  const indent = persona ? BADGE + 8 : 0;
  if (persona) {
    const name = wrapText(persona, width - indent, NAME_SIZE, true, measure);
    const initials = initialsOf(persona, lang);
    rows.push({
      height: Math.max(BADGE, name.length * NAME_SIZE * 1.25) + 4,
      draw(p, y) {
        p.circle(BADGE / 2, y + BADGE / 2, BADGE / 2, CURVE);
        p.text(initials, BADGE / 2, y + BADGE / 2 - 4.2, 8.5, true, '#ffffff', 'center');
        p.lines(
          name,
          indent,
          y + (name.length > 1 ? 0 : 5),
          NAME_SIZE,
          true,
          NAME_SIZE * 1.25,
          INK,
        );
      },
    });
  }
  for (const fact of HEADER_ORDER.flatMap((key) => facts.filter((f) => f.key === key))) {
    // the persona's own facts sit under the persona's name, beside the badge
    const x = fact.key.startsWith('persona.') ? indent : 0;
    rows.push(factRow(`${fact.label}:`, fact.value, x, width - x, measure));
  }
  return rows;
}

/**
 * "Label: value" as one paragraph, the label in bold: wrapped as one text (less the
 * room the bold label takes more), so pdftotext reads label and value in order.
 */
function factRow(label: string, value: string, x: number, width: number, measure: Measure) {
  const size = VALUE_SIZE;
  const extra = measure(label, size, true) - measure(label, size, false);
  const lines = wrapText(`${label} ${value}`, width - extra, size, false, measure);
  const rest = lines[0]!.slice(label.length).trimStart();
  const restX = x + measure(`${label} `, size, true);
  return {
    height: lines.length * LINE + 3,
    draw(p: Painter, y: number) {
      p.text(label, x, y, size, true, MUTED);
      p.text(rest, restX, y, size, false, INK);
      p.lines(lines.slice(1), x, y + LINE, size, false, LINE, INK);
    },
  };
}

/** Room under the block, with its closing rule. */
export const BLOCK_END = 12;

export interface PlacedBlock {
  readonly rows: readonly { readonly row: BlockRow; readonly page: number; readonly y: number }[];
  /** pages the block takes (the board may go on under it on the last one) */
  readonly pages: number;
  /** y under the block and its rule, on its last page */
  readonly end: number;
}

/** Places the rows on pages `height` tall, turning the page between rows when a very long block needs it. */
export function placeBlock(rows: readonly BlockRow[], height: number): PlacedBlock {
  const placed: { row: BlockRow; page: number; y: number }[] = [];
  let page = 0;
  let y = 0;
  for (const row of rows) {
    if (y > 0 && y + row.height > height) {
      page++;
      y = 0;
    }
    placed.push({ row, page, y });
    y += row.height;
  }
  return { rows: placed, pages: rows.length ? page + 1 : 0, end: rows.length ? y + BLOCK_END : 0 };
}

/** The rule under the block, across the page. */
export function drawBlockEnd(p: Painter, y: number, width: number): void {
  p.line(0, y + BLOCK_END / 2 - 2, width, y + BLOCK_END / 2 - 2, GRID, 0.6);
}
