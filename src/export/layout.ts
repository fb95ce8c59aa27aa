/**
 * Board geometry, shared by the PDF and the SVG: phase columns, lane rows, cards
 * stacked in their cells, rows as tall as their fullest cell, and each emotion lane
 * drawn as a curve. Coordinates are points, origin top-left, y growing downwards.
 * Pure: text width comes from the injected `measure`.
 */
import type { Card, JourneyMap, Lane, LaneType, Phase } from '../model/types';
import { cardFacts, factLines } from './cardFacts';
import { exportLang, labelsFor, type ExportLabels, type ExportLang } from './labels';
import { wrapText, type Measure } from './text';

export const BOARD_STYLE = {
  laneHeaderWidth: 118,
  columnWidth: 176,
  cellPad: 6,
  cardGap: 5,
  cardPad: 5,
  textSize: 8,
  factSize: 6.5,
  headerSize: 9,
  laneSize: 8,
  lineFactor: 1.25,
  minRowHeight: 38,
  curvePlot: 84,
  curveLabelSize: 6.5,
  curveLabelLines: 4,
} as const;

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

export interface LaneRow {
  readonly lane: Lane;
  readonly index: number;
  readonly y: number;
  readonly height: number;
  readonly name: TextLines;
  readonly kind: 'cards' | 'curve';
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
  readonly title: TextLines;
  readonly facts: TextLines;
}

export interface CurvePoint {
  readonly card: Card;
  readonly score: number;
  readonly x: number;
  readonly y: number;
  /** label block under the plot, centred on x */
  readonly label: TextLines;
  readonly labelTop: number;
  readonly labelWidth: number;
}

export interface EmotionCurve {
  readonly rowIndex: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  /** y of score 0 */
  readonly zeroY: number;
  readonly points: readonly CurvePoint[];
}

export interface BoardLayout {
  readonly lang: ExportLang;
  readonly labels: ExportLabels;
  readonly width: number;
  readonly height: number;
  /** height of the phase header row */
  readonly headerHeight: number;
  readonly laneHeaderWidth: number;
  readonly columns: readonly PhaseColumn[];
  readonly rows: readonly LaneRow[];
  readonly cards: readonly CardBox[];
  readonly curves: readonly EmotionCurve[];
}

export interface LayoutOptions {
  readonly measure: Measure;
  /** no card grows taller than this (its text is cut with "…"), so every card fits a page */
  readonly maxCardHeight?: number;
  /** width of a phase column; the PDF widens columns to fill its page */
  readonly columnWidth?: number;
}

function lines(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
  max?: number,
): TextLines {
  return {
    lines: wrapText(text, width, size, bold, measure, max),
    size,
    bold,
    lineHeight: size * BOARD_STYLE.lineFactor,
  };
}

const heightOf = (t: TextLines) => t.lines.length * t.lineHeight;

/** Groups cards by cell (`laneId phaseId`), keeping array order, which is the order inside a cell. */
export function cardsByCell(map: JourneyMap): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    const key = `${card.laneId}\u0000${card.phaseId}`;
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  return cells;
}

/** Computes the whole board of a map. */
export function layoutBoard(map: JourneyMap, options: LayoutOptions): BoardLayout {
  const S = BOARD_STYLE;
  const { measure } = options;
  const lang = exportLang(map);
  const labels = labelsFor(lang);
  const cells = cardsByCell(map);
  const colWidth = options.columnWidth ?? S.columnWidth;
  const cardInner = colWidth - 2 * S.cellPad - 2 * S.cardPad;

  const phaseNames = map.phases.map((p) =>
    lines(p.name, colWidth - 2 * S.cellPad, S.headerSize, true, measure, 3),
  );
  const headerHeight = Math.max(24, Math.max(0, ...phaseNames.map(heightOf)) + 2 * S.cellPad);
  const columns: PhaseColumn[] = map.phases.map((phase, index) => ({
    phase,
    index,
    x: S.laneHeaderWidth + index * colWidth,
    width: colWidth,
    name: phaseNames[index]!,
  }));

  const rows: LaneRow[] = [];
  const cards: CardBox[] = [];
  const curves: EmotionCurve[] = [];
  const maxLineBudget = (t: number) =>
    options.maxCardHeight === undefined
      ? undefined
      : Math.max(
          1,
          Math.floor((options.maxCardHeight - 2 * S.cardPad - t) / (S.textSize * S.lineFactor)),
        );
  let y = headerHeight;

  map.lanes.forEach((lane, rowIndex) => {
    const name = lines(lane.name, S.laneHeaderWidth - 2 * S.cellPad, S.laneSize, true, measure, 8);
    const minHeight = Math.max(S.minRowHeight, heightOf(name) + 2 * S.cellPad);
    if (lane.type === 'emotions') {
      const curve = layoutCurve(lane, rowIndex, y, columns, cells, measure);
      const height = Math.max(minHeight, curve.height);
      rows.push({ lane, index: rowIndex, y, height, name, kind: 'curve' });
      curves.push(curve.curve);
      y += height;
      return;
    }
    let tallest = 0;
    columns.forEach((col) => {
      let cy = y + S.cellPad;
      for (const card of cells.get(`${lane.id}\u0000${col.phase.id}`) ?? []) {
        const factText = factLines(cardFacts(card, lane.type, labels, lang));
        const facts: TextLines = {
          lines: factText.flatMap((l) => wrapText(l, cardInner, S.factSize, false, measure)),
          size: S.factSize,
          bold: false,
          lineHeight: S.factSize * S.lineFactor,
        };
        const title = lines(
          card.text,
          cardInner,
          S.textSize,
          false,
          measure,
          maxLineBudget(heightOf(facts)),
        );
        const gap = facts.lines.length > 0 ? 3 : 0;
        const height =
          2 * S.cardPad +
          Math.max(heightOf(title), S.textSize * S.lineFactor) +
          gap +
          heightOf(facts);
        cards.push({
          card,
          laneType: lane.type,
          rowIndex,
          columnIndex: col.index,
          x: col.x + S.cellPad,
          y: cy,
          width: colWidth - 2 * S.cellPad,
          height,
          title,
          facts,
        });
        cy += height + S.cardGap;
      }
      tallest = Math.max(tallest, cy - S.cardGap + S.cellPad - y);
    });
    const height = Math.max(minHeight, tallest);
    rows.push({ lane, index: rowIndex, y, height, name, kind: 'cards' });
    y += height;
  });

  return {
    lang,
    labels,
    width: S.laneHeaderWidth + columns.length * colWidth,
    height: y,
    headerHeight,
    laneHeaderWidth: S.laneHeaderWidth,
    columns,
    rows,
    cards,
    curves,
  };
}

/**
 * One emotion lane: the curve runs through its cards in phase order, then card
 * order; several cards in one phase share the column side by side. Labels sit in a
 * band under the plot so they never cover the line.
 */
function layoutCurve(
  lane: Lane,
  rowIndex: number,
  top: number,
  columns: readonly PhaseColumn[],
  cells: Map<string, Card[]>,
  measure: Measure,
): { curve: EmotionCurve; height: number } {
  const S = BOARD_STYLE;
  const plotTop = top + S.cellPad + 6;
  const plotBottom = plotTop + S.curvePlot;
  const labelTop = plotBottom + 8;
  const points: CurvePoint[] = [];
  let labelHeight = 0;
  for (const col of columns) {
    const list = (cells.get(`${lane.id}\u0000${col.phase.id}`) ?? []).filter(
      (c) => typeof c.score === 'number',
    );
    const slot = col.width / Math.max(1, list.length);
    list.forEach((card, i) => {
      const score = Math.max(-3, Math.min(3, card.score ?? 0));
      const label = lines(card.text, slot - 6, S.curveLabelSize, false, measure, S.curveLabelLines);
      labelHeight = Math.max(labelHeight, heightOf(label));
      points.push({
        card,
        score,
        x: col.x + slot * (i + 0.5),
        y: plotTop + ((3 - score) / 6) * (plotBottom - plotTop),
        label,
        labelTop,
        labelWidth: slot - 6,
      });
    });
  }
  const height = labelTop + labelHeight + S.cellPad - top;
  return {
    curve: { rowIndex, plotTop, plotBottom, zeroY: (plotTop + plotBottom) / 2, points },
    height,
  };
}
