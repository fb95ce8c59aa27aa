/**
 * Board geometry, shared by the PDF and the SVG: phase columns, lane rows, cards
 * stacked in their cells, rows as tall as their fullest cell, and each emotion lane
 * drawn as a curve over its cards. Coordinates are points, origin top-left, y
 * growing downwards. Pure: text width comes from the injected `measure`.
 *
 * Nothing is shortened but a card taller than a page: names wrap over as many
 * lines as they need (the header row and lane rows grow), and an emotion card is
 * a card like any other, under the curve, numbered like its point.
 */
import { gridColumns, gridWidth, layoutRows, type GridStyle } from '../model/geometry/grid';
import type { Card, JourneyMap, Lane } from '../model/types';
import { layoutCurve, type EmotionCurve } from './printCurve';
import { exportLang, labelsFor, type ExportLabels, type ExportLang } from './labels';
import {
  BOARD_STYLE,
  cellKey,
  heightOf,
  stackCell,
  textLines,
  type CardBox,
  type CellContext,
  type PhaseColumn,
  type TextLines,
} from './printCell';
import type { Measure } from '../model/geometry/text';

export type { CurvePoint, EmotionCurve } from './printCurve';
export { BOARD_STYLE, cellKey, type CardBox, type PhaseColumn, type TextLines } from './printCell';

export interface LaneRow {
  readonly lane: Lane;
  readonly index: number;
  readonly y: number;
  readonly height: number;
  readonly name: TextLines;
  readonly kind: 'cards' | 'curve';
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
  /**
   * height of the board area of one page: no card grows taller than what fits
   * there under the phase header (its text is cut with "…"); unlimited if unset
   */
  readonly windowHeight?: number;
  /** width of a phase column; the PDF widens columns to fill its page */
  readonly columnWidth?: number;
}

/** Groups cards by cell (`laneId phaseId`), keeping array order, which is the order inside a cell. */
export function cardsByCell(map: JourneyMap): Map<string, Card[]> {
  const cells = new Map<string, Card[]>();
  for (const card of map.cards) {
    const key = cellKey(card.laneId, card.phaseId);
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
  const grid: GridStyle = {
    laneHeaderWidth: S.laneHeaderWidth,
    columnWidth: colWidth,
    cellPadding: S.cellPad,
    cardGap: S.cardGap,
  };

  const phaseNames = map.phases.map((p) =>
    textLines(p.name, colWidth - 2 * S.cellPad, S.headerSize, true, measure),
  );
  const headerHeight = Math.max(24, Math.max(0, ...phaseNames.map(heightOf)) + 2 * S.cellPad);
  const columns: PhaseColumn[] = gridColumns(map.phases, grid).map((column) => ({
    ...column,
    name: phaseNames[column.index]!,
  }));
  const ctx: CellContext = {
    measure,
    labels,
    lang,
    width: colWidth - 2 * S.cellPad,
    // a card must fit a page's board area under the phase header, with its cell padding
    maxCardHeight:
      options.windowHeight === undefined
        ? Infinity
        : Math.max(60, options.windowHeight - headerHeight - 2 * S.cellPad - 6),
  };

  const cards: CardBox[] = [];
  const curves: EmotionCurve[] = [];
  const { rows, bottom: boardBottom } = layoutRows(
    map.lanes,
    headerHeight,
    (lane, rowIndex, y): LaneRow => {
      const name = textLines(
        lane.name,
        S.laneHeaderWidth - 2 * S.cellPad,
        S.laneSize,
        true,
        measure,
      );
      const minHeight = Math.max(S.minRowHeight, heightOf(name) + 2 * S.cellPad);
      let bottom = y;
      let kind: LaneRow['kind'] = 'cards';
      if (lane.type === 'emotions') {
        kind = 'curve';
        const curve = layoutCurve(lane, rowIndex, y, columns, cells, ctx);
        curves.push(curve.curve);
        cards.push(...curve.cards);
        bottom = curve.bottom;
      } else {
        for (const col of columns) {
          const cell = cells.get(cellKey(lane.id, col.phase.id)) ?? [];
          const stack = stackCell(cell, lane.type, col, rowIndex, y + S.cellPad, ctx);
          cards.push(...stack.boxes);
          bottom = Math.max(bottom, stack.bottom);
        }
      }
      const height = Math.max(minHeight, bottom + S.cellPad - y);
      return { lane, index: rowIndex, y, height, name, kind };
    },
  );

  return {
    lang,
    labels,
    width: gridWidth(columns.length, grid),
    height: boardBottom,
    headerHeight,
    laneHeaderWidth: S.laneHeaderWidth,
    columns,
    rows,
    cards,
    curves,
  };
}
