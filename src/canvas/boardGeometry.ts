/**
 * The board on screen, laid out on the shared grid (src/model/geometry/grid.ts, the
 * same one the PDF/SVG/PNG exports use): phases are columns, lanes are rows, and
 * each cell (lane × phase) stacks its cards top to bottom. A row is as tall as its
 * fullest cell (plus room for the "+" button), so text wraps inside fixed-width
 * cards and cells grow to fit; an emotion row has a fixed height for its curve.
 *
 * Input is the snapshot's structure plus card heights (measured in the DOM when a
 * card has been rendered, from canvas text metrics otherwise: textMeasure.ts);
 * output is plain boxes in board coordinates. No React, no DOM: unit-tested in
 * boardGeometry.test.ts.
 */
import {
  cardWidth,
  gridColumns,
  gridWidth,
  layoutRows,
  scoreY,
  stackCell,
  pointX,
} from '../model/geometry/grid';
import { BOARD_SIZES } from '../model/geometry/boardSizes';
import { cellKey } from '../model/snapshot';
import type { Id, LaneType } from '../model/types';

/** The board's sizes (shared with the printed board: src/model/geometry/boardSizes.ts). */
export const BOARD = {
  laneHeaderWidth: BOARD_SIZES.laneHeaderWidth,
  phaseHeaderHeight: BOARD_SIZES.phaseHeaderHeight,
  columnWidth: BOARD_SIZES.columnWidth,
  cellPadding: BOARD_SIZES.cellPadding,
  cardGap: BOARD_SIZES.cardGap,
  /** room under the last card of a cell for its "+" button */
  addRoom: BOARD_SIZES.addRoom,
  minRowHeight: BOARD_SIZES.minRowHeight,
  emotionRowHeight: BOARD_SIZES.emotionRowHeight,
  /** vertical margin inside an emotion row, so labels at +3/−3 stay inside */
  emotionPadding: BOARD_SIZES.emotionPadding,
} as const;

export const CARD_WIDTH = cardWidth(BOARD);

/** Below this zoom, card text is unreadable anyway: cells draw their cards as bars. */
export const COMPACT_ZOOM = 0.35;

export interface LayoutPhase {
  readonly id: Id;
}
export interface LayoutLane {
  readonly id: Id;
  readonly type: LaneType;
}
export interface LayoutCard {
  readonly id: Id;
  readonly text: string;
  readonly score?: number;
}

export interface LayoutInput {
  readonly phases: readonly LayoutPhase[];
  readonly lanes: readonly LayoutLane[];
  /** cards per cell, key `cellKey(laneId, phaseId)`, in cell order */
  readonly cells: ReadonlyMap<string, readonly LayoutCard[]>;
  /** a card's height in board pixels */
  readonly cardHeight: (card: LayoutCard, laneType: LaneType) => number;
}

export interface ColumnBox {
  readonly phaseId: Id;
  readonly x: number;
  readonly width: number;
}
export interface RowBox {
  readonly laneId: Id;
  readonly laneType: LaneType;
  readonly y: number;
  readonly height: number;
}
export interface CardBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface EmotionPoint {
  readonly cardId: Id;
  readonly phaseId: Id;
  readonly x: number;
  readonly y: number;
  readonly score: number;
}

export interface BoardLayout {
  readonly columns: readonly ColumnBox[];
  readonly rows: readonly RowBox[];
  /** boxes of the cards of ordinary lanes (emotion cards are points instead) */
  readonly cards: ReadonlyMap<Id, CardBox>;
  /** per emotion lane, its curve's points in phase order, then card order */
  readonly emotionPoints: ReadonlyMap<Id, readonly EmotionPoint[]>;
  readonly width: number;
  readonly height: number;
}

/** Lines of wrapped text a card of `CARD_WIDTH` shows (a cheap estimate: ~30 chars a line). */
export function estimateLines(text: string): number {
  const charsPerLine = 30;
  return text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0);
}

/** Extra height of the typed details a card of this lane type shows under its text. */
const DETAIL_HEIGHT: Partial<Record<LaneType, number>> = {
  touchpoints: 24,
  painPoints: 24,
  opportunities: 24,
  kpis: 66,
};

/** A height estimate for a card that has not been measured yet. */
export function estimateCardHeight(card: LayoutCard, laneType: LaneType): number {
  return 22 + estimateLines(card.text) * 18 + (DETAIL_HEIGHT[laneType] ?? 0);
}

/** The y of an emotion score (−3…+3) inside a row: +3 at the top, −3 at the bottom. */
export function scoreToY(row: Pick<RowBox, 'y' | 'height'>, score: number): number {
  const pad = BOARD.emotionPadding;
  return scoreY(row.y + pad, row.y + row.height - pad, score);
}

/** The score a pointer dragged by `dy` board pixels from `score` lands on, clamped to −3…+3. */
export function dragScore(rowHeight: number, score: number, dy: number): number {
  const step = (rowHeight - 2 * BOARD.emotionPadding) / 6;
  return Math.max(-3, Math.min(3, Math.round(score - dy / step)));
}

/** Lays the board out: columns, rows, card boxes and emotion points. */
export function layoutBoard(input: LayoutInput): BoardLayout {
  const { phaseHeaderHeight, cellPadding, addRoom } = BOARD;
  const columns = gridColumns(input.phases, BOARD).map(({ phase, x, width }) => ({
    phaseId: phase.id,
    x,
    width,
  }));
  const cards = new Map<Id, CardBox>();
  const emotionPoints = new Map<Id, EmotionPoint[]>();
  const { rows, bottom } = layoutRows(input.lanes, phaseHeaderHeight, (lane, _index, y): RowBox => {
    if (lane.type === 'emotions') {
      const row = { laneId: lane.id, laneType: lane.type, y, height: BOARD.emotionRowHeight };
      emotionPoints.set(lane.id, emotionRow(input, lane.id, columns, row));
      return row;
    }
    let tallest = 0;
    for (const column of columns) {
      const cell = input.cells.get(cellKey(lane.id, column.phaseId)) ?? [];
      const stack = stackCell(cell, y + cellPadding, BOARD, (card, cy) => {
        const height = input.cardHeight(card, lane.type);
        const box = { x: column.x + cellPadding, y: cy, width: CARD_WIDTH, height };
        cards.set(card.id, box);
        return box;
      });
      tallest = Math.max(tallest, stack.next - y);
    }
    const height = Math.max(BOARD.minRowHeight, Math.ceil(tallest + addRoom));
    return { laneId: lane.id, laneType: lane.type, y, height };
  });

  return {
    columns,
    rows,
    cards,
    emotionPoints,
    width: gridWidth(columns.length, BOARD),
    height: bottom,
  };
}

/**
 * Lays the board out again only if it must: `layout` (laid out from `before`) is
 * kept when `after` has the same phases and lanes and every cell that changed
 * holds the same cards in the same order with the same heights (in emotion lanes:
 * the same scores). A text edit that keeps its card's height then costs a look at
 * each cell instead of placing every card again. `after.cardHeight` must give the
 * same heights as `before.cardHeight` for unchanged cards.
 */
export function relayoutBoard(
  before: LayoutInput,
  layout: BoardLayout,
  after: LayoutInput,
): BoardLayout {
  return layoutHolds(before, layout, after) ? layout : layoutBoard(after);
}

function layoutHolds(before: LayoutInput, layout: BoardLayout, after: LayoutInput): boolean {
  if (before.phases !== after.phases || before.lanes !== after.lanes) return false;
  if (before.cells === after.cells) return true;
  for (const lane of after.lanes) {
    for (const phase of after.phases) {
      const key = cellKey(lane.id, phase.id);
      const was = before.cells.get(key) ?? [];
      const now = after.cells.get(key) ?? [];
      if (was === now) continue;
      if (was.length !== now.length) return false;
      for (let i = 0; i < now.length; i++) {
        const a = was[i]!;
        const b = now[i]!;
        if (a === b) continue;
        if (a.id !== b.id) return false;
        const kept =
          lane.type === 'emotions'
            ? (a.score ?? 0) === (b.score ?? 0)
            : after.cardHeight(b, lane.type) === layout.cards.get(b.id)?.height;
        if (!kept) return false;
      }
    }
  }
  return true;
}

function emotionRow(
  input: LayoutInput,
  laneId: Id,
  columns: readonly ColumnBox[],
  row: RowBox,
): EmotionPoint[] {
  const points: EmotionPoint[] = [];
  for (const column of columns) {
    const cellCards = input.cells.get(cellKey(laneId, column.phaseId)) ?? [];
    cellCards.forEach((card, i) => {
      const score = card.score ?? 0;
      points.push({
        cardId: card.id,
        phaseId: column.phaseId,
        // spread the cell's points evenly across the column
        x: pointX(column, i, cellCards.length),
        y: scoreToY(row, score),
        score,
      });
    });
  }
  return points;
}

/** The cell under a board point, or `null` outside the grid. */
export function cellAt(
  layout: BoardLayout,
  x: number,
  y: number,
): { laneId: Id; phaseId: Id } | null {
  const column = layout.columns.find((c) => x >= c.x && x < c.x + c.width);
  const row = layout.rows.find((r) => y >= r.y && y < r.y + r.height);
  return column && row ? { laneId: row.laneId, phaseId: column.phaseId } : null;
}

/**
 * Where a card dropped at board height `y` goes in a cell: the number of the
 * cell's other cards whose middle lies above `y`. `cellCardIds` is the cell in
 * order, without the cards being moved.
 */
export function dropIndex(layout: BoardLayout, cellCardIds: readonly Id[], y: number): number {
  let index = 0;
  for (const id of cellCardIds) {
    const box = layout.cards.get(id);
    if (box && box.y + box.height / 2 < y) index++;
  }
  return index;
}

/** The index a header dragged so that its middle is at `middle` takes among the other headers. */
export function headerDropIndex(
  layout: BoardLayout,
  kind: 'phase' | 'lane',
  id: Id,
  middle: number,
): number {
  const others =
    kind === 'phase'
      ? layout.columns.filter((c) => c.phaseId !== id).map((c) => c.x + c.width / 2)
      : layout.rows.filter((r) => r.laneId !== id).map((r) => r.y + r.height / 2);
  return others.filter((m) => m < middle).length;
}

/**
 * Where a new card shown at `index` of a cell starts (board coordinates): at the
 * card it goes before, under the last card, or at the top of an empty cell; in an
 * emotion lane, at the middle of the row. `null` when the cell is not on the board.
 */
export function insertionPoint(
  layout: BoardLayout,
  cellCardIds: readonly Id[],
  laneId: Id,
  phaseId: Id,
  index: number | undefined,
): { x: number; y: number } | null {
  const column = layout.columns.find((c) => c.phaseId === phaseId);
  const row = layout.rows.find((r) => r.laneId === laneId);
  if (!column || !row) return null;
  const x = column.x + BOARD.cellPadding;
  if (row.laneType === 'emotions') return { x, y: row.y + row.height / 2 - 20 };
  const at = Math.max(0, Math.min(index ?? cellCardIds.length, cellCardIds.length));
  const before = cellCardIds[at] === undefined ? undefined : layout.cards.get(cellCardIds[at]);
  if (before) return { x, y: before.y };
  const lastId = cellCardIds[cellCardIds.length - 1];
  const last = lastId === undefined ? undefined : layout.cards.get(lastId);
  return { x, y: last ? last.y + last.height + BOARD.cardGap : row.y + BOARD.cellPadding };
}
