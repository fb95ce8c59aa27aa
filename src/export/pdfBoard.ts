/**
 * Draws one window of the board (src/export/pdfPages.ts cuts the board into them):
 * the phase header row and the lane names repeat on every window; cards and an
 * emotion lane's plot are never cut.
 */
import { BOARD_STYLE, type BoardLayout, type CardBox, type EmotionCurve } from './printLayout';
import type { BoardWindow } from './pdfPages';
import type { Painter } from './pdfPainter';
import { kpiFacts } from './kpiView';
import * as theme from './theme';

function drawCard(p: Painter, box: CardBox): void {
  p.rect(
    box.x,
    box.y,
    box.width,
    box.height,
    theme.CARD_FILL[box.laneType],
    theme.CARD_BORDER,
    0.5,
  );
  const accent = theme.accentOf(box.card.color);
  if (accent) p.rect(box.x, box.y, 3, box.height, accent);
  if (box.card.kpi)
    p.circle(
      box.x + box.width - 6,
      box.y + 6,
      3,
      theme.KPI_STATUS_COLOR[kpiFacts(box.card.kpi).status],
    );
  const t = box.title;
  let textX = box.x + 5;
  if (box.badge) {
    p.rect(textX, box.y + 4, box.badge.width, t.lineHeight, theme.CURVE);
    p.text(box.badge.text, textX + 2.5, box.y + 5.6, BOARD_STYLE.badgeSize, true, '#ffffff');
    textX += box.badge.width + 3;
  }
  p.lines(t.lines, textX, box.y + 5, t.size, t.bold, t.lineHeight, theme.INK);
  const factsTop = box.y + 5 + Math.max(t.lines.length, 1) * t.lineHeight + 3;
  p.lines(
    box.facts.lines,
    box.x + 5,
    factsTop,
    box.facts.size,
    false,
    box.facts.lineHeight,
    theme.MUTED,
  );
}

/** The plot of one emotion lane: axis labels, the line (clipped to the page's columns), numbered points. */
function drawCurve(
  p: Painter,
  L: BoardLayout,
  curve: EmotionCurve,
  left: number,
  right: number,
): void {
  const row = L.rows[curve.rowIndex]!;
  p.line(left, curve.zeroY, right, curve.zeroY, theme.GRID, 0.6, [3, 3]);
  for (const [label, y] of [
    ['+3', curve.plotTop],
    ['0', curve.zeroY],
    ['−3', curve.plotBottom],
  ] as const) {
    p.text(label, left + 3, y - 7.5, 6, false, theme.MUTED);
  }
  // The whole line is drawn and clipped to this page's columns, so it runs on
  // continuously into the neighbouring pages.
  p.clipped(left, row.y, right - left, curve.bandBottom - row.y, () =>
    p.polyline(curve.points, theme.CURVE, 1.6),
  );
  for (const pt of curve.points) {
    if (pt.x < left || pt.x > right) continue;
    p.circle(pt.x, pt.y, 3.2, theme.CURVE);
    p.text(pt.number, pt.x, pt.y - 11, 7, true, theme.INK, 'center');
  }
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

  q.rect(0, 0, right, top, theme.HEADER_FILL, theme.GRID);
  for (const col of cols) {
    const x = col.x - xShift;
    q.rect(x, 0, col.width, top, theme.HEADER_FILL, theme.GRID);
    q.lines(col.name.lines, x + 6, 6, col.name.size, true, col.name.lineHeight, theme.INK);
  }
  for (const row of L.rows) {
    const a = Math.max(row.y, w.y0);
    const b = Math.min(row.y + row.height, w.y1);
    if (b <= a) continue;
    q.rect(0, yOf(a), L.laneHeaderWidth, b - a, theme.HEADER_FILL, theme.GRID);
    const name = row.y < w.y0 ? [...row.name.lines, L.labels.continued] : row.name.lines;
    // a long name in a short slice of its row stays in its own header cell
    q.clipped(0, yOf(a), L.laneHeaderWidth, b - a, () =>
      q.lines(name, 6, yOf(a) + 6, row.name.size, true, row.name.lineHeight, theme.INK),
    );
    for (const col of cols) q.rect(col.x - xShift, yOf(a), col.width, b - a, '#ffffff', theme.GRID);
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
    if (row.y < w.y0 - 0.01 || curve.bandBottom > w.y1 + 0.01) continue;
    drawCurve(cardPainter, L, curve, L.laneHeaderWidth + xShift, right + xShift);
  }
  return count;
}
