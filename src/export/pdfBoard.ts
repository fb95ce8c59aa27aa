/**
 * The board on PDF pages. A wide board is cut into groups of phase columns, a tall
 * one into vertical windows; every page repeats the phase header row and the lane
 * names. Cards are never cut: a card that would cross the bottom edge moves whole
 * to the next window (windows may overlap a little for that).
 */
import type { BoardLayout, CardBox } from './layout';
import type { Painter } from './pdfPainter';
import { kpiFacts } from './kpiView';
import {
  accentOf,
  CARD_BORDER,
  CARD_FILL,
  CURVE,
  GRID,
  HEADER_FILL,
  INK,
  KPI_STATUS_COLOR,
  MUTED,
} from './theme';

export interface BoardWindow {
  /** phase columns [c0, c1) */
  readonly c0: number;
  readonly c1: number;
  /** board y range [y0, y1) of the lane area */
  readonly y0: number;
  readonly y1: number;
}

/** Number of phase columns that fit `width` next to the lane headers (at least one). */
export function columnsPerPage(layout: BoardLayout, width: number): number {
  const col = layout.columns[0]?.width ?? 1;
  return Math.max(1, Math.floor((width - layout.laneHeaderWidth) / col));
}

/** Vertical windows over the lane area so each fits `height` (the phase header comes on top). */
export function verticalWindows(layout: BoardLayout, height: number): { y0: number; y1: number }[] {
  const avail = Math.max(50, height - layout.headerHeight);
  const end = layout.height;
  const windows: { y0: number; y1: number }[] = [];
  let y0 = layout.headerHeight;
  while (y0 < end - 0.01) {
    let y1 = Math.min(end, y0 + avail);
    if (y1 < end) {
      // Prefer a lane boundary when it leaves the page at least half full.
      const boundary = Math.max(
        ...layout.rows.map((r) => r.y + r.height).filter((b) => b > y0 && b <= y1),
        -1,
      );
      const curveAt = layout.rows.find(
        (r) => r.kind === 'curve' && r.y < y1 && r.y + r.height > y1 && r.y > y0,
      );
      if (boundary >= y0 + avail / 2) y1 = boundary;
      else if (curveAt) y1 = curveAt.y; // a curve row is never split
    }
    windows.push({ y0, y1 });
    if (y1 >= end) break;
    // Cards crossing the cut start the next window, so they appear whole there.
    const crossing = layout.cards
      .filter((c) => c.y < y1 && c.y + c.height > y1 && c.y > y0)
      .map((c) => c.y - 2);
    y0 = Math.min(y1, ...crossing);
  }
  return windows;
}

/** All board windows in reading order: top to bottom within a column group, then the next group. */
export function boardWindows(layout: BoardLayout, width: number, height: number): BoardWindow[] {
  const per = columnsPerPage(layout, width);
  const vertical = verticalWindows(layout, height);
  const out: BoardWindow[] = [];
  const count = Math.max(1, layout.columns.length);
  for (let c0 = 0; c0 < count; c0 += per) {
    for (const v of vertical) out.push({ c0, c1: Math.min(layout.columns.length, c0 + per), ...v });
  }
  return out;
}

function drawCard(p: Painter, box: CardBox): void {
  p.rect(box.x, box.y, box.width, box.height, CARD_FILL[box.laneType], CARD_BORDER, 0.5);
  const accent = accentOf(box.card.color);
  if (accent) p.rect(box.x, box.y, 3, box.height, accent);
  if (box.card.kpi)
    p.circle(box.x + box.width - 6, box.y + 6, 3, KPI_STATUS_COLOR[kpiFacts(box.card.kpi).status]);
  const t = box.title;
  p.lines(t.lines, box.x + 5, box.y + 5, t.size, t.bold, t.lineHeight, INK);
  const factsTop = box.y + 5 + Math.max(t.lines.length, 1) * t.lineHeight + 3;
  p.lines(box.facts.lines, box.x + 5, factsTop, box.facts.size, false, box.facts.lineHeight, MUTED);
}

/**
 * Draws one window. `p` has its origin where board x = 0 of the lane headers and
 * board y = 0 of the phase header row land; `drawn` collects card ids so a card in
 * an overlap of two windows is printed once.
 */
export function drawBoardWindow(
  p: Painter,
  L: BoardLayout,
  w: BoardWindow,
  drawn: Set<string>,
): number {
  const cols = L.columns.slice(w.c0, w.c1);
  const xShift = (cols[0]?.x ?? L.laneHeaderWidth) - L.laneHeaderWidth;
  const right = L.laneHeaderWidth + cols.length * (cols[0]?.width ?? 0);
  const top = L.headerHeight;
  // Page-local y: the window's y0 sits right under the phase header.
  const yOf = (y: number) => y - w.y0 + top;
  const q = p;

  q.rect(0, 0, right, top, HEADER_FILL, GRID);
  for (const col of cols) {
    const x = col.x - xShift;
    q.rect(x, 0, col.width, top, HEADER_FILL, GRID);
    q.lines(col.name.lines, x + 6, 6, col.name.size, true, col.name.lineHeight, INK);
  }
  for (const row of L.rows) {
    const a = Math.max(row.y, w.y0);
    const b = Math.min(row.y + row.height, w.y1);
    if (b <= a) continue;
    q.rect(0, yOf(a), L.laneHeaderWidth, b - a, HEADER_FILL, GRID);
    const name = row.y < w.y0 ? [...row.name.lines, L.labels.continued] : row.name.lines;
    q.lines(name, 6, yOf(a) + 6, row.name.size, true, row.name.lineHeight, INK);
    for (const col of cols) q.rect(col.x - xShift, yOf(a), col.width, b - a, '#ffffff', GRID);
  }
  let count = 0;
  const cardPainter = p.shifted(-xShift, top - w.y0);
  for (const box of L.cards) {
    if (box.columnIndex < w.c0 || box.columnIndex >= w.c1) continue;
    if (drawn.has(box.card.id) || box.y < w.y0 || box.y + box.height > w.y1 + 0.01) continue;
    drawn.add(box.card.id);
    drawCard(cardPainter, box);
    count++;
  }
  for (const curve of L.curves) {
    const row = L.rows[curve.rowIndex]!;
    if (row.y < w.y0 || row.y + row.height > w.y1 + 0.01) continue;
    const zero = curve.zeroY;
    cardPainter.line(L.laneHeaderWidth + xShift, zero, right + xShift, zero, GRID, 0.6, [3, 3]);
    for (const [label, y] of [
      ['+3', curve.plotTop],
      ['0', zero],
      ['−3', curve.plotBottom],
    ] as const) {
      cardPainter.text(label, L.laneHeaderWidth + xShift + 3, y - 3, 6, false, MUTED);
    }
    // The whole line is drawn and clipped to this page's columns, so it runs on
    // continuously into the neighbouring pages.
    if (curve.points.length > 1) {
      const d = curve.points
        .map((pt, i) => `${i === 0 ? 'M' : 'L'}${pt.x.toFixed(2)} ${pt.y.toFixed(2)}`)
        .join(' ');
      cardPainter.clipped(
        L.laneHeaderWidth + xShift,
        row.y,
        right - L.laneHeaderWidth,
        row.height,
        () => cardPainter.path(d, CURVE, 1.6),
      );
    }
    for (const pt of curve.points) {
      if (pt.x < L.laneHeaderWidth + xShift || pt.x > right + xShift) continue;
      cardPainter.circle(pt.x, pt.y, 3.2, CURVE);
      cardPainter.text(
        `${pt.score > 0 ? '+' : ''}${pt.score}`,
        pt.x,
        pt.y - 12,
        7,
        true,
        INK,
        'center',
      );
      cardPainter.lines(
        pt.label.lines,
        pt.x,
        pt.labelTop,
        pt.label.size,
        false,
        pt.label.lineHeight,
        INK,
        'center',
      );
      drawn.add(pt.card.id);
    }
  }
  return count;
}
