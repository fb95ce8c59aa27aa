import { describe, expect, it } from 'vitest';
import { BOARD_SIZES as B } from '../model/geometry/boardSizes';
import { BOARD_STYLE as S, PRINT_SCALE } from './printStyle';

describe('print sizes', () => {
  it("are the board's sizes scaled to paper by one factor", () => {
    const pairs: [number, number][] = [
      [S.laneHeaderWidth, B.laneHeaderWidth],
      [S.columnWidth, B.columnWidth],
      [S.cellPad, B.cellPadding],
      [S.cardGap, B.cardGap],
      [S.textSize, B.card.fontSize],
      [S.factSize, B.metaFontSize],
      [S.headerSize, B.headerFontSize],
      [S.badgeSize, B.footerFontSize],
    ];
    for (const [print, board] of pairs) expect(print).toBeCloseTo(board * PRINT_SCALE);
    // the lane-name column and a phase column keep the board's proportion
    expect(S.laneHeaderWidth / S.columnWidth).toBeCloseTo(B.laneHeaderWidth / B.columnWidth);
  });

  it('keeps every font legible on paper (6.5 pt or more)', () => {
    for (const size of [S.textSize, S.factSize, S.headerSize, S.laneSize, S.badgeSize])
      expect(size).toBeGreaterThanOrEqual(6.5);
  });
});
