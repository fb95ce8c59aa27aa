/**
 * The printed board's sizes, in points: the board's own sizes
 * (src/model/geometry/boardSizes.ts, board pixels) scaled to paper by one factor, so
 * an export looks like the board (same proportions of lane-name column, columns,
 * paddings, gaps and fonts). Only what has no board counterpart, or must differ on
 * paper, is named here with its reason.
 */
import { BOARD_SIZES as B } from '../model/geometry/boardSizes';

/**
 * Points per board pixel. At 0.625 the board's 13 px card text prints at 8.1 pt
 * (the smallest size that stays comfortable to read on paper) and four of the
 * board's columns fit an A4 landscape page next to the lane names.
 */
export const PRINT_SCALE = 0.625;

const s = (px: number) => px * PRINT_SCALE;

/** Paper has no "+" button: a row is as tall as its fullest cell, at least an empty board row without the "+" room. */
const MIN_ROW = B.minRowHeight - B.addRoom;

export const BOARD_STYLE = {
  laneHeaderWidth: s(B.laneHeaderWidth),
  columnWidth: s(B.columnWidth),
  cellPad: s(B.cellPadding),
  cardGap: s(B.cardGap),
  /** the card's inner padding (the board's horizontal one; paper needs no extra room above) */
  cardPad: s(B.card.paddingY),
  textSize: s(B.card.fontSize),
  factSize: s(B.metaFontSize),
  headerSize: s(B.headerFontSize),
  laneSize: s(B.headerFontSize),
  /**
   * Line height as a factor of the font size. Differs from the board (18 px lines for
   * 13 px text, 1.38): on paper that air costs a page of A4 for kfz-versicherung
   * (9 instead of 8) without reading better; 1.25 is the usual print leading.
   */
  lineFactor: 1.25,
  minRowHeight: s(MIN_ROW),
  /** height of an emotion lane's plot (+3…−3): the board's emotion row less its padding */
  curvePlot: s(B.emotionRowHeight - 2 * B.emotionPadding),
  /** the number on an emotion card and its point: the board's footer size */
  badgeSize: s(B.footerFontSize),
} as const;
