/**
 * The board's sizes, in board pixels (CSS pixels at zoom 1): the one source for the
 * screen (src/canvas/boardGeometry.ts, textMeasure.ts; keep in step with
 * styles/board.css) and for the printed board, which scales them to its page
 * (src/export/printStyle.ts `BOARD_STYLE`), so an export looks like the board.
 */
export const BOARD_SIZES = {
  laneHeaderWidth: 200,
  phaseHeaderHeight: 64,
  columnWidth: 248,
  cellPadding: 12,
  cardGap: 8,
  /** room under the last card of a cell for its "+" button (screen only) */
  addRoom: 36,
  /** an empty row, "+" room included */
  minRowHeight: 116,
  emotionRowHeight: 240,
  /** vertical margin inside an emotion row, so labels at +3/−3 stay inside */
  emotionPadding: 36,
  card: { paddingX: 10, paddingY: 8, borderLeft: 4, border: 1, fontSize: 13, lineHeight: 18 },
  /** phase and lane names */
  headerFontSize: 13,
  /** a card's typed facts (channel, owner, severity…) */
  metaFontSize: 12,
  /** a card's footer (tags, votes, comments) */
  footerFontSize: 11,
} as const;
