import { describe, expect, it } from 'vitest';
import { cellKey } from '../model/snapshot';
import type { LaneType } from '../model/types';
import {
  BOARD,
  CARD_WIDTH,
  cellAt,
  dragScore,
  dropIndex,
  estimateCardHeight,
  insertionPoint,
  layoutBoard,
  scoreToY,
  type LayoutCard,
} from './boardGeometry';

const phases = [{ id: 'p1' }, { id: 'p2' }];
const lanes: { id: string; type: LaneType }[] = [
  { id: 'touch', type: 'touchpoints' },
  { id: 'emo', type: 'emotions' },
  { id: 'notes', type: 'notes' },
];

function input(cells: Record<string, LayoutCard[]>, heights: Record<string, number> = {}) {
  return {
    phases,
    lanes,
    cells: new Map(Object.entries(cells)),
    cardHeight: (card: LayoutCard) => heights[card.id] ?? 50,
  };
}

describe('layoutBoard', () => {
  it('stacks a cell’s cards and grows the row to its fullest cell', () => {
    const layout = layoutBoard(
      input(
        {
          [cellKey('touch', 'p1')]: [
            { id: 'a', text: 'A' },
            { id: 'b', text: 'B' },
          ],
          [cellKey('touch', 'p2')]: [{ id: 'c', text: 'C' }],
        },
        { a: 120, b: 90 },
      ),
    );
    const a = layout.cards.get('a');
    const b = layout.cards.get('b');
    const c = layout.cards.get('c');
    expect(a).toEqual({
      x: BOARD.laneHeaderWidth + BOARD.cellPadding,
      y: BOARD.phaseHeaderHeight + BOARD.cellPadding,
      width: CARD_WIDTH,
      height: 120,
    });
    expect(b?.y).toBe(a!.y + 120 + BOARD.cardGap);
    expect(c?.x).toBe(BOARD.laneHeaderWidth + BOARD.columnWidth + BOARD.cellPadding);
    const touchRow = layout.rows[0]!;
    // padding + two cards + one gap after each + room for the add button
    expect(touchRow.height).toBe(BOARD.cellPadding + 120 + 90 + 2 * BOARD.cardGap + BOARD.addRoom);
    // the next rows start where the previous one ends
    expect(layout.rows[1]!.y).toBe(touchRow.y + touchRow.height);
    expect(layout.rows[2]!.y).toBe(layout.rows[1]!.y + BOARD.emotionRowHeight);
  });

  it('keeps empty rows at the minimum height', () => {
    const layout = layoutBoard(input({}));
    expect(layout.rows.map((r) => r.height)).toEqual([
      BOARD.minRowHeight,
      BOARD.emotionRowHeight,
      BOARD.minRowHeight,
    ]);
    expect(layout.width).toBe(BOARD.laneHeaderWidth + 2 * BOARD.columnWidth);
    expect(layout.height).toBe(
      BOARD.phaseHeaderHeight + 2 * BOARD.minRowHeight + BOARD.emotionRowHeight,
    );
  });

  it('turns emotion cards into curve points in phase then card order', () => {
    const layout = layoutBoard(
      input({
        [cellKey('emo', 'p2')]: [{ id: 'e3', text: 'later', score: -3 }],
        [cellKey('emo', 'p1')]: [
          { id: 'e1', text: 'one', score: 3 },
          { id: 'e2', text: 'two', score: 0 },
        ],
      }),
    );
    const points = layout.emotionPoints.get('emo')!;
    expect(points.map((p) => p.cardId)).toEqual(['e1', 'e2', 'e3']);
    const row = layout.rows[1]!;
    expect(points[0]!.y).toBe(row.y + BOARD.emotionPadding);
    expect(points[2]!.y).toBe(row.y + row.height - BOARD.emotionPadding);
    expect(points[1]!.y).toBeCloseTo(row.y + row.height / 2);
    expect(points[0]!.x).toBeLessThan(points[1]!.x);
    expect(points[1]!.x).toBeLessThan(points[2]!.x);
    expect(layout.cards.has('e1')).toBe(false);
  });
});

describe('hit testing', () => {
  const layout = layoutBoard(
    input({
      [cellKey('notes', 'p2')]: [
        { id: 'x', text: '' },
        { id: 'y', text: '' },
      ],
    }),
  );

  it('finds the cell under a point', () => {
    const row = layout.rows[2]!;
    expect(cellAt(layout, BOARD.laneHeaderWidth + BOARD.columnWidth + 5, row.y + 5)).toEqual({
      laneId: 'notes',
      phaseId: 'p2',
    });
    expect(cellAt(layout, 10, row.y + 5)).toBeNull();
    expect(cellAt(layout, BOARD.laneHeaderWidth + 5, 5)).toBeNull();
  });

  it('computes the drop index from the other cards’ middles', () => {
    const x = layout.cards.get('x')!;
    const y = layout.cards.get('y')!;
    expect(dropIndex(layout, ['x', 'y'], x.y)).toBe(0);
    expect(dropIndex(layout, ['x', 'y'], x.y + x.height - 1)).toBe(1);
    expect(dropIndex(layout, ['x', 'y'], y.y + y.height + 50)).toBe(2);
    expect(dropIndex(layout, ['y'], x.y)).toBe(0);
  });
});

describe('emotion scores', () => {
  it('maps scores to heights and drags back to scores', () => {
    const row = { y: 100, height: BOARD.emotionRowHeight };
    const step = (row.height - 2 * BOARD.emotionPadding) / 6;
    expect(scoreToY(row, 0) - scoreToY(row, 1)).toBeCloseTo(step);
    expect(dragScore(row.height, 0, -step)).toBe(1);
    expect(dragScore(row.height, 0, 2 * step + 2)).toBe(-2);
    expect(dragScore(row.height, 2, -10 * step)).toBe(3);
    expect(dragScore(row.height, -2, 10 * step)).toBe(-3);
  });

  it('estimates taller cards for longer text and typed details', () => {
    const short = estimateCardHeight({ id: 'a', text: 'hi' }, 'notes');
    expect(estimateCardHeight({ id: 'a', text: 'x'.repeat(100) }, 'notes')).toBeGreaterThan(short);
    expect(estimateCardHeight({ id: 'a', text: 'a\nb\nc' }, 'notes')).toBeGreaterThan(short);
    expect(estimateCardHeight({ id: 'a', text: 'hi' }, 'kpis')).toBeGreaterThan(short);
  });
});

describe('insertionPoint', () => {
  const layout = layoutBoard(
    input(
      {
        [cellKey('notes', 'p1')]: [
          { id: 'x', text: '' },
          { id: 'y', text: '' },
        ],
      },
      { x: 40, y: 60 },
    ),
  );
  const x = BOARD.laneHeaderWidth + BOARD.cellPadding;

  it('puts a new card before the card at its index, or under the last one', () => {
    const [bx, by] = [layout.cards.get('x')!, layout.cards.get('y')!];
    expect(insertionPoint(layout, ['x', 'y'], 'notes', 'p1', 0)).toEqual({ x, y: bx.y });
    expect(insertionPoint(layout, ['x', 'y'], 'notes', 'p1', 1)).toEqual({ x, y: by.y });
    expect(insertionPoint(layout, ['x', 'y'], 'notes', 'p1', undefined)).toEqual({
      x,
      y: by.y + by.height + BOARD.cardGap,
    });
  });

  it('starts at the top of an empty cell and mid-row in an emotion lane', () => {
    const touch = layout.rows[0]!;
    expect(insertionPoint(layout, [], 'touch', 'p1', undefined)).toEqual({
      x,
      y: touch.y + BOARD.cellPadding,
    });
    const emo = layout.rows[1]!;
    expect(insertionPoint(layout, [], 'emo', 'p1', 0)?.y).toBe(emo.y + emo.height / 2 - 20);
    expect(insertionPoint(layout, [], 'gone', 'p1', 0)).toBeNull();
  });
});
