/**
 * The board on A4/A3 pages. A wide board is cut into groups of phase columns, a tall
 * one into vertical windows; every window repeats the phase header row and the lane
 * names. Cards and an emotion lane's plot are never cut: one that would cross the
 * bottom edge moves whole to the next window (windows may overlap a little for that).
 *
 * No page is left almost empty (#16): the windows of a column group share its height
 * evenly (the fewest windows, each as full as the others, instead of full pages and a
 * last one holding a lane or two), and consecutive windows are stacked on one page
 * while they fit (a short board prints several column groups per page).
 */
import type { BoardLayout } from './printLayout';

export interface BoardWindow {
  /** phase columns [c0, c1) */
  readonly c0: number;
  readonly c1: number;
  /** board y range [y0, y1) of the lane area */
  readonly y0: number;
  readonly y1: number;
}

/** A window placed on a page: `top` is its offset under the page's board area top. */
export interface PlacedWindow {
  readonly window: BoardWindow;
  readonly top: number;
}

export interface BoardPage {
  /** the board's first page goes on under the header block (only page 0 can) */
  readonly afterBlock: boolean;
  readonly windows: readonly PlacedWindow[];
  /** height used, from the board area top to the bottom of the last window */
  readonly used: number;
}

/** Under a header block taller than this share of the board area, the board starts on a new page. */
export const BLOCK_SHARE = 0.6;

/** Room between two windows stacked on one page. */
export const WINDOW_GAP = 14;

/** Number of phase columns that fit `width` next to the lane headers (at least one). */
export function columnsPerPage(layout: BoardLayout, width: number): number {
  const col = layout.columns[0]?.width ?? 1;
  return Math.max(1, Math.floor((width - layout.laneHeaderWidth) / col));
}

interface Block {
  readonly top: number;
  readonly bottom: number;
}

/** What a page edge may not cut: cards, and each curve's plot band with the row top. */
function blocksOf(layout: BoardLayout): Block[] {
  return [
    ...layout.cards.map((c) => ({ top: c.y, bottom: c.y + c.height })),
    ...layout.curves.map((c) => ({ top: layout.rows[c.rowIndex]!.y, bottom: c.bandBottom })),
  ];
}

/** Greedy windows: each as tall as `avail(i)` allows, cut at a lane boundary when that keeps it half full. */
function greedyWindows(
  layout: BoardLayout,
  blocks: readonly Block[],
  avail: (i: number) => number,
): { y0: number; y1: number }[] {
  const end = layout.height;
  const windows: { y0: number; y1: number }[] = [];
  let y0 = layout.headerHeight;
  while (y0 < end - 0.01) {
    const room = avail(windows.length);
    let y1 = Math.min(end, y0 + room);
    if (y1 < end) {
      const boundary = Math.max(
        ...layout.rows.map((r) => r.y + r.height).filter((b) => b > y0 && b <= y1),
        -1,
      );
      if (boundary >= y0 + room / 2) y1 = boundary;
    }
    windows.push({ y0, y1 });
    if (y1 >= end) break;
    // Blocks crossing the cut start the next window, so they appear whole there.
    const crossing = blocks
      .filter((b) => b.top < y1 && b.bottom > y1 && b.top > y0)
      .map((b) => b.top - 2);
    const next = Math.min(y1, ...crossing);
    y0 = next > y0 + 1 ? next : y1;
  }
  return windows;
}

/** Every block lies whole inside some window (else a card would be lost between pages). */
function coversAll(windows: readonly { y0: number; y1: number }[], blocks: readonly Block[]) {
  return blocks.every((b) => windows.some((w) => b.top >= w.y0 && b.bottom <= w.y1 + 0.01));
}

/**
 * Vertical windows over the lane area: the first gets `firstHeight`, the others
 * `height` (both with the phase header on top). As few windows as at full height,
 * but each only as tall as the even share needs, so the last is not nearly empty.
 */
export function verticalWindows(
  layout: BoardLayout,
  height: number,
  firstHeight = height,
): { y0: number; y1: number }[] {
  const blocks = blocksOf(layout);
  const full = Math.max(50, height - layout.headerHeight);
  const first = Math.max(50, firstHeight - layout.headerHeight);
  const at = (cap: number) =>
    greedyWindows(layout, blocks, (i) => Math.min(i === 0 ? first : full, cap));
  const widest = at(full);
  if (widest.length < 2) return widest;
  // the smallest cap that needs no more windows and loses no card (binary search)
  let lo = (layout.height - layout.headerHeight) / widest.length;
  let hi = full;
  for (let i = 0; i < 24 && hi - lo > 1; i++) {
    const mid = (lo + hi) / 2;
    const w = at(mid);
    if (w.length <= widest.length && coversAll(w, blocks)) hi = mid;
    else lo = mid;
  }
  return at(hi);
}

/**
 * The board's pages in reading order (top to bottom within a column group, then the
 * next group), windows stacked on a page while they fit. The first page's board area
 * starts `firstTop` lower (the map's header block sits above it).
 */
export function boardPages(
  layout: BoardLayout,
  width: number,
  height: number,
  firstTop = 0,
): BoardPage[] {
  const per = columnsPerPage(layout, width);
  const count = Math.max(1, layout.columns.length);
  const blocks = blocksOf(layout);
  let top0 = firstTop;
  const firstGroup = () => verticalWindows(layout, height, height - top0);
  // the board goes on under the block only when its first window there loses no card
  if (top0 > height * BLOCK_SHARE || (top0 > 0 && !coversAll(firstGroup(), blocks))) top0 = 0;
  const rest = verticalWindows(layout, height);
  const windows: BoardWindow[] = [];
  for (let c0 = 0; c0 < count; c0 += per) {
    const c1 = Math.min(layout.columns.length, c0 + per);
    for (const v of c0 === 0 ? firstGroup() : rest) windows.push({ c0, c1, ...v });
  }
  const tall = (w: BoardWindow) => layout.headerHeight + (w.y1 - w.y0);
  const pages: { afterBlock: boolean; windows: PlacedWindow[]; used: number }[] = [];
  for (const window of windows) {
    const page = pages.at(-1);
    const top = page ? page.used + WINDOW_GAP : top0;
    if (page && top + tall(window) <= height + 0.01) {
      page.windows.push({ window, top });
      page.used = top + tall(window);
    } else {
      const start = page ? 0 : top0;
      pages.push({
        afterBlock: !page && top0 > 0,
        windows: [{ window, top: start }],
        used: start + tall(window),
      });
    }
  }
  return pages;
}
