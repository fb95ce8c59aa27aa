/**
 * One emotion lane on paper: a plot band with the curve through the lane's cards
 * (in phase order, then card order; several cards of one phase share its column
 * side by side), each point numbered; under the band the cards themselves, whole,
 * with the same numbers and their facts (score, votes, tags, comments).
 */
import { pointX, scoreY } from '../model/geometry/grid';
import type { Card, Lane } from '../model/types';
import {
  BOARD_STYLE,
  cellKey,
  stackCell,
  type CardBox,
  type CellContext,
  type PhaseColumn,
} from './printCell';

export interface CurvePoint {
  readonly card: Card;
  readonly score: number;
  readonly x: number;
  readonly y: number;
  /** the number printed over the point and on the card */
  readonly number: string;
}

export interface EmotionCurve {
  readonly rowIndex: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  /** y of score 0 */
  readonly zeroY: number;
  /** bottom of the band that holds plot and numbers; a page is never cut above it */
  readonly bandBottom: number;
  readonly points: readonly CurvePoint[];
}

/** Room above +3 for the point numbers. */
const NUMBER_ROOM = 11;

export function layoutCurve(
  lane: Lane,
  rowIndex: number,
  top: number,
  columns: readonly PhaseColumn[],
  cells: ReadonlyMap<string, readonly Card[]>,
  ctx: CellContext,
): { curve: EmotionCurve; cards: CardBox[]; bottom: number } {
  const S = BOARD_STYLE;
  const plotTop = top + S.cellPad + NUMBER_ROOM;
  const plotBottom = plotTop + S.curvePlot;
  const bandBottom = plotBottom + 6;
  const points: CurvePoint[] = [];
  const numbers = new Map<string, string>();
  for (const col of columns) {
    const list = (cells.get(cellKey(lane.id, col.phase.id)) ?? []).filter(
      (c) => typeof c.score === 'number',
    );
    list.forEach((card, i) => {
      const score = Math.max(-3, Math.min(3, card.score ?? 0));
      const number = String(points.length + 1);
      numbers.set(card.id, number);
      points.push({
        card,
        score,
        number,
        // spread like the board's points (src/canvas/boardGeometry.ts)
        x: pointX(col, i, list.length),
        y: scoreY(plotTop, plotBottom, score),
      });
    });
  }
  const cards: CardBox[] = [];
  let bottom = bandBottom;
  for (const col of columns) {
    const cell = cells.get(cellKey(lane.id, col.phase.id)) ?? [];
    const stack = stackCell(cell, lane.type, col, rowIndex, bandBottom + 4, ctx, numbers);
    cards.push(...stack.boxes);
    bottom = Math.max(bottom, stack.bottom);
  }
  return {
    curve: { rowIndex, plotTop, plotBottom, zeroY: (plotTop + plotBottom) / 2, bandBottom, points },
    cards,
    bottom,
  };
}
