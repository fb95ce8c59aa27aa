/**
 * The board's grid, one geometry for the screen (src/canvas/boardGeometry.ts) and
 * the printed board (src/export/printLayout.ts): phases are columns of one width to
 * the right of the lane-name column, lanes are rows under the phase-name row, a
 * cell (lane × phase) stacks its cards top to bottom with a gap, a row is as tall
 * as its fullest cell, and an emotion lane plots its cards' scores (+3 at the top,
 * −3 at the bottom) with each cell's points spread evenly across its column.
 *
 * Pure: sizes come from a `GridStyle` (board pixels on screen, points on paper),
 * card heights from the caller, who measures text with its own injected measure
 * (canvas `measureText` on screen, font metrics in the PDF; see text.ts).
 */

/** The sizes a grid is laid out with. */
export interface GridStyle {
  /** width of the lane-name column, left of the first phase */
  readonly laneHeaderWidth: number;
  /** width of every phase column */
  readonly columnWidth: number;
  /** room between a cell's edge and its cards */
  readonly cellPadding: number;
  /** room between two cards of a cell */
  readonly cardGap: number;
}

export interface GridColumn<P> {
  readonly phase: P;
  readonly index: number;
  readonly x: number;
  readonly width: number;
}

/** The phase columns, left to right in phase order. */
export function gridColumns<P>(phases: readonly P[], style: GridStyle): GridColumn<P>[] {
  return phases.map((phase, index) => ({
    phase,
    index,
    x: style.laneHeaderWidth + index * style.columnWidth,
    width: style.columnWidth,
  }));
}

/** Width of a board with `columns` phase columns. */
export function gridWidth(columns: number, style: GridStyle): number {
  return style.laneHeaderWidth + columns * style.columnWidth;
}

/** Width of a card: its column less the cell padding on both sides. */
export function cardWidth(style: GridStyle): number {
  return style.columnWidth - 2 * style.cellPadding;
}

export interface CellStack<B> {
  readonly boxes: B[];
  /** y under the last card, or `top` for an empty cell */
  readonly bottom: number;
  /** y where a card after the last would start (`top` for an empty cell) */
  readonly next: number;
}

/**
 * Stacks a cell's cards from `top` down, `style.cardGap` apart. `place` lays one
 * card out at its y and returns its box (anything with a height).
 */
export function stackCell<C, B extends { readonly height: number }>(
  cards: readonly C[],
  top: number,
  style: Pick<GridStyle, 'cardGap'>,
  place: (card: C, y: number) => B,
): CellStack<B> {
  const boxes: B[] = [];
  let y = top;
  for (const card of cards) {
    const box = place(card, y);
    boxes.push(box);
    y += box.height + style.cardGap;
  }
  return { boxes, bottom: boxes.length ? y - style.cardGap : top, next: y };
}

export interface RowsLaidOut<R> {
  readonly rows: R[];
  /** y under the last row */
  readonly bottom: number;
}

/**
 * Lays lanes out as rows from `top` down, in lane order: `row(lane, index, y)` lays
 * one row out at its y and returns it (anything with a height); the next row starts
 * right under it. Both the screen and the print use it, so their rows follow the
 * same rule.
 */
export function layoutRows<L, R extends { readonly height: number }>(
  lanes: readonly L[],
  top: number,
  row: (lane: L, index: number, y: number) => R,
): RowsLaidOut<R> {
  const rows: R[] = [];
  let y = top;
  lanes.forEach((lane, index) => {
    const laid = row(lane, index, y);
    rows.push(laid);
    y += laid.height;
  });
  return { rows, bottom: y };
}

/** The y of an emotion score (−3…+3) between `top` (+3) and `bottom` (−3). */
export function scoreY(top: number, bottom: number, score: number): number {
  return top + ((3 - score) / 6) * (bottom - top);
}

/** The x of point `i` of `count` in a cell's column: spread evenly, none on the edges. */
export function pointX(column: Pick<GridColumn<unknown>, 'x' | 'width'>, i: number, count: number) {
  return column.x + (column.width * (i + 1)) / (count + 1);
}
