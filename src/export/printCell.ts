/**
 * Cards in a cell, for the board layout: a card is its text, then its typed
 * facts. Only a card taller than a page is cut (with "…" and a note); the PDF
 * prints its whole text in an appendix.
 */
import { stackCell as stackGridCell } from '../model/geometry/grid';
import type { Card, LaneType, Phase } from '../model/types';
import { cardFacts, factLines } from './cardFacts';
import type { ExportLabels, ExportLang } from './labels';
import { wrapText, type Measure } from '../model/geometry/text';
import { clampLines, measureBlock } from '../model/geometry/textBlock';
import { BOARD_STYLE } from './printStyle';

export { BOARD_STYLE } from './printStyle';

export interface TextLines {
  readonly lines: readonly string[];
  readonly size: number;
  readonly bold: boolean;
  readonly lineHeight: number;
}

export interface PhaseColumn {
  readonly phase: Phase;
  readonly index: number;
  readonly x: number;
  readonly width: number;
  readonly name: TextLines;
}

export interface CardBox {
  readonly card: Card;
  readonly laneType: LaneType;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** the number of an emotion card's point on the curve, printed in front of its text */
  readonly badge?: { readonly text: string; readonly width: number };
  readonly title: TextLines;
  readonly facts: TextLines;
  /** the text did not fit a page and was cut with "…" (the PDF prints it whole in an appendix) */
  readonly cut: boolean;
}

export function textLines(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): TextLines {
  const font = { size, bold, lineHeight: size * BOARD_STYLE.lineFactor };
  return { ...font, lines: measureBlock(text, font, width, measure).lines };
}

export const heightOf = (t: TextLines) => t.lines.length * t.lineHeight;

export const cellKey = (laneId: string, phaseId: string) => `${laneId}\u0000${phaseId}`;

/** What stacking cards into a cell needs to know, the same for every cell of a board. */
export interface CellContext {
  readonly measure: Measure;
  readonly labels: ExportLabels;
  readonly lang: ExportLang;
  readonly width: number;
  /** the tallest a card may be */
  readonly maxCardHeight: number;
}

/** One card: text, then its facts; cut to `maxCardHeight` with a note when longer. */
function layoutCard(
  card: Card,
  laneType: LaneType,
  at: { x: number; y: number; rowIndex: number; columnIndex: number },
  badge: string | undefined,
  ctx: CellContext,
): CardBox {
  const S = BOARD_STYLE;
  const inner = ctx.width - 2 * S.cardPad;
  const badgeBox =
    badge === undefined
      ? undefined
      : { text: badge, width: ctx.measure(badge, S.badgeSize, true) + 5 };
  const textWidth = inner - (badgeBox ? badgeBox.width + 3 : 0);
  const lineHeight = S.textSize * S.lineFactor;
  const factText = factLines(cardFacts(card, laneType, ctx.labels, ctx.lang));
  const wrapFacts = (list: readonly string[]): TextLines => ({
    lines: list.flatMap((l) => wrapText(l, inner, S.factSize, false, ctx.measure)),
    size: S.factSize,
    bold: false,
    lineHeight: S.factSize * S.lineFactor,
  });
  const full = wrapText(card.text, textWidth, S.textSize, false, ctx.measure);
  let facts = wrapFacts(factText);
  const heightWith = (titleLines: number, f: TextLines) =>
    2 * S.cardPad +
    Math.max(titleLines, 1) * lineHeight +
    (f.lines.length > 0 ? 3 : 0) +
    heightOf(f);
  let lines = full;
  const cut = heightWith(full.length, facts) > ctx.maxCardHeight;
  if (cut) {
    facts = wrapFacts([...factText, ctx.labels.fullTextInAppendix]);
    const room = ctx.maxCardHeight - heightWith(0, facts) + lineHeight;
    const budget = Math.max(1, Math.floor(room / lineHeight));
    lines = clampLines(full, budget, textWidth, S.textSize, false, ctx.measure);
  }
  return {
    card,
    laneType,
    ...at,
    width: ctx.width,
    height: heightWith(lines.length, facts),
    ...(badgeBox ? { badge: badgeBox } : {}),
    title: { lines, size: S.textSize, bold: false, lineHeight },
    facts,
    cut,
  };
}

/**
 * Stacks a cell's cards from `top` down; returns their boxes and the y under the
 * last one. `badges` numbers the cards of an emotion lane.
 */
export function stackCell(
  cards: readonly Card[],
  laneType: LaneType,
  col: PhaseColumn,
  rowIndex: number,
  top: number,
  ctx: CellContext,
  badges?: ReadonlyMap<string, string>,
): { boxes: CardBox[]; bottom: number } {
  const x = col.x + BOARD_STYLE.cellPad;
  return stackGridCell(cards, top, BOARD_STYLE, (card, y) =>
    layoutCard(
      card,
      laneType,
      { x, y, rowIndex, columnIndex: col.index },
      badges?.get(card.id),
      ctx,
    ),
  );
}
