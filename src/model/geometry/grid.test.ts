import { describe, expect, it } from 'vitest';
import { cardWidth, gridColumns, gridWidth, layoutRows, pointX, scoreY, stackCell } from './grid';
import { measureBlock } from './textBlock';

const style = { laneHeaderWidth: 100, columnWidth: 50, cellPadding: 5, cardGap: 4 };

describe('board grid', () => {
  it('puts phase columns of one width right of the lane names', () => {
    const columns = gridColumns(['a', 'b', 'c'], style);
    expect(columns.map((c) => [c.phase, c.index, c.x, c.width])).toEqual([
      ['a', 0, 100, 50],
      ['b', 1, 150, 50],
      ['c', 2, 200, 50],
    ]);
    expect(gridWidth(3, style)).toBe(250);
    expect(cardWidth(style)).toBe(40);
  });

  it('stacks a cell top to bottom, a gap apart', () => {
    const stack = stackCell([10, 20], 7, style, (h, y) => ({ y, height: h }));
    expect(stack.boxes).toEqual([
      { y: 7, height: 10 },
      { y: 21, height: 20 },
    ]);
    expect(stack.bottom).toBe(41);
    expect(stack.next).toBe(45);
    const empty = stackCell([], 7, style, (h: number, y) => ({ y, height: h }));
    expect([empty.boxes.length, empty.bottom, empty.next]).toEqual([0, 7, 7]);
  });

  it('plots scores from +3 at the top to −3 at the bottom, points spread in their column', () => {
    expect(scoreY(10, 70, 3)).toBe(10);
    expect(scoreY(10, 70, 0)).toBe(40);
    expect(scoreY(10, 70, -3)).toBe(70);
    const column = { x: 100, width: 60 };
    expect(pointX(column, 0, 1)).toBe(130);
    expect([pointX(column, 0, 2), pointX(column, 1, 2)]).toEqual([120, 140]);
  });

  it('lays rows out top to bottom, each under the one before, in lane order', () => {
    const seen: [string, number, number][] = [];
    const laid = layoutRows(['a', 'b', 'c'], 30, (lane, index, y) => {
      seen.push([lane, index, y]);
      return { lane, y, height: 10 * (index + 1) };
    });
    expect(seen).toEqual([
      ['a', 0, 30],
      ['b', 1, 40],
      ['c', 2, 60],
    ]);
    expect(laid.rows.map((r) => r.lane)).toEqual(['a', 'b', 'c']);
    expect(laid.bottom).toBe(90);
    expect(layoutRows([], 30, () => ({ height: 1 }))).toEqual({ rows: [], bottom: 30 });
  });

  it('measures a text block with the injected measure', () => {
    const mono = (s: string) => s.length;
    const font = { size: 1, bold: false, lineHeight: 2 };
    expect(measureBlock('aa bb cc', font, 5, mono)).toEqual({ lines: ['aa bb', 'cc'], height: 4 });
    expect(measureBlock('', font, 5, mono).height).toBe(2);
    const bigger = measureBlock('aa bb cc', { ...font, size: 2 }, 5, (s, size) => s.length * size);
    expect(bigger.lines).toEqual(['aa', 'bb', 'cc']);
  });
});
