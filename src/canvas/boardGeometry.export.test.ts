/**
 * The board on screen and the printed board (PDF/SVG/PNG) come from one grid
 * (src/model/geometry/grid.ts): the same columns and rows in the same order, every
 * card in the same cell at the same place in its cell, and emotion points at the
 * same relative spot of their column. Only the sizes (pixels vs points) differ.
 */
import { describe, expect, it } from 'vitest';
import { fixtureMap } from '../export/fixtures.testkit';
import { cardsByCell, layoutBoard as layoutPrint } from '../export/printLayout';
import { approximateMeasure } from '../export/measures';
import type { Card, JourneyMap } from '../model/types';
import { estimateCardHeight, layoutBoard, type BoardLayout } from './boardGeometry';

/** A fixture with three emotion cards in one cell, so the points must share a column. */
function boardMap(): JourneyMap {
  const map = fixtureMap('kfz-versicherung');
  const emotion = map.cards.find(
    (c) => map.lanes.find((l) => l.id === c.laneId)?.type === 'emotions',
  );
  if (!emotion) throw new Error('the fixture has no emotion card');
  const extra = (n: number, score: number): Card => ({ ...emotion, id: `extra-${n}`, score });
  return { ...map, cards: [...map.cards, extra(1, -2), extra(2, 3)] };
}

function screenLayout(map: JourneyMap): BoardLayout {
  return layoutBoard({
    phases: map.phases,
    lanes: map.lanes,
    cells: cardsByCell(map),
    cardHeight: estimateCardHeight,
  });
}

/** Where a card sits: column index, row index, place in its cell from the top. */
function places(entries: { id: string; col: number; row: number; y: number }[]) {
  const sorted = [...entries].sort((a, b) => a.col - b.col || a.row - b.row || a.y - b.y);
  return new Map(sorted.map((e, i) => [e.id, `${e.col}/${e.row}/${i}`]));
}

describe('one board geometry for screen and export', () => {
  const map = boardMap();
  const screen = screenLayout(map);
  const print = layoutPrint(map, { measure: approximateMeasure });

  it('has the same columns and rows in the same order', () => {
    expect(print.columns.map((c) => c.phase.id)).toEqual(screen.columns.map((c) => c.phaseId));
    expect(print.rows.map((r) => r.lane.id)).toEqual(screen.rows.map((r) => r.laneId));
    // columns of one width right after the lane names, on screen and on paper
    for (const layout of [screen, print]) {
      const [first, second] = layout.columns;
      expect(second!.x - first!.x).toBe(first!.width);
    }
  });

  it('puts every card in the same cell at the same place', () => {
    const columnOf = (id: string) => screen.columns.findIndex((c) => c.phaseId === id);
    const rowOf = (id: string) => screen.rows.findIndex((r) => r.laneId === id);
    const cards = new Map(map.cards.map((c) => [c.id, c]));
    const onScreen = places(
      [...screen.cards].map(([id, box]) => {
        const card = cards.get(id)!;
        return { id, col: columnOf(card.phaseId), row: rowOf(card.laneId), y: box.y };
      }),
    );
    const onPaper = places(
      print.cards
        .filter((box) => box.laneType !== 'emotions')
        .map((box) => ({ id: box.card.id, col: box.columnIndex, row: box.rowIndex, y: box.y })),
    );
    expect(onScreen.size).toBeGreaterThan(10);
    expect(onPaper).toEqual(onScreen);
  });

  it('plots emotion points at the same relative spot of their column', () => {
    const relative = (x: number, column: { x: number; width: number }) =>
      (x - column.x) / column.width;
    const screenPoints = [...screen.emotionPoints.values()].flat();
    const printPoints = print.curves.flatMap((c) => c.points);
    expect(printPoints.map((p) => p.card.id)).toEqual(screenPoints.map((p) => p.cardId));
    printPoints.forEach((point, i) => {
      const onScreen = screenPoints[i]!;
      const screenColumn = screen.columns.find((c) => c.phaseId === onScreen.phaseId)!;
      const printColumn = print.columns.find((c) => c.phase.id === point.card.phaseId)!;
      expect(relative(point.x, printColumn)).toBeCloseTo(relative(onScreen.x, screenColumn), 9);
    });
    // and the same height on the score scale: +3 at the top of the plot, −3 at its bottom
    const shared = screenPoints.filter((p) => p.cardId.startsWith('extra-'));
    expect(shared.map((p) => p.score)).toEqual([-2, 3]);
    expect(shared[0]!.y).toBeGreaterThan(shared[1]!.y);
  });
});
