import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../model/types';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { approximateMeasure } from './measures';
import { boardPages, verticalWindows, WINDOW_GAP } from './pdfPages';
import { layoutBoard, type BoardLayout } from './printLayout';

/** Every card lies whole in a window of some page that shows its column. */
function lostCards(L: BoardLayout, pages: ReturnType<typeof boardPages>): string[] {
  const windows = pages.flatMap((p) => p.windows.map((w) => w.window));
  return L.cards
    .filter(
      (c) =>
        !windows.some(
          (w) =>
            c.columnIndex >= w.c0 &&
            c.columnIndex < w.c1 &&
            c.y >= w.y0 &&
            c.y + c.height <= w.y1 + 0.01,
        ),
    )
    .map((c) => c.card.id);
}

const A4 = { width: 785.89, height: 480 };

describe.each(FIXTURES)('board pages of %s', (name) => {
  const map = fixtureMap(name);
  const L = layoutBoard(map, { measure: approximateMeasure, windowHeight: A4.height });

  it.each([
    ['A4', A4.height],
    ['a short page', 260],
    ['under a header block', A4.height, 150],
  ] as [string, number, number?][])(
    'loses no card and leaves no page but the last under 25 %% full (%s)',
    (_, h, top = 0) => {
      const pages = boardPages(L, A4.width, h, top);
      expect(lostCards(L, pages)).toEqual([]);
      pages
        .slice(0, -1)
        .forEach((p, i) => expect(p.used, `page ${i + 1}`).toBeGreaterThan(h * 0.25));
      for (const p of pages) expect(p.used).toBeLessThanOrEqual(h + 0.01);
      // the block's page: the board goes on under it
      if (top > 0) expect([pages[0]!.afterBlock, pages[0]!.windows[0]!.top]).toEqual([true, top]);
    },
  );

  it('shares a column group height evenly instead of leaving a lane or two on the last page', () => {
    const windows = verticalWindows(L, 260);
    expect(windows.length).toBeGreaterThan(1);
    const heights = windows.map((w) => w.y1 - w.y0);
    // the last window is not a sliver of the others
    expect(Math.min(...heights)).toBeGreaterThan(Math.max(...heights) * 0.4);
  });
});

describe('a short, wide board', () => {
  it('stacks column groups on one page while they fit', () => {
    const base = fixtureMap('saas-onboarding');
    const map: JourneyMap = {
      ...base,
      lanes: base.lanes.slice(0, 1),
      cards: base.cards.filter((c) => c.laneId === base.lanes[0]!.id),
      phases: Array.from({ length: 12 }, (_, i) => ({
        ...base.phases[0]!,
        id: `p${i}`,
        name: `P${i}`,
      })),
    };
    const L = layoutBoard(map, { measure: approximateMeasure });
    const pages = boardPages(L, A4.width, A4.height);
    expect(pages).toHaveLength(1);
    const windows = pages[0]!.windows;
    expect(windows.length).toBeGreaterThan(1);
    // in reading order, a gap apart, each a column group of its own
    windows.slice(1).forEach((w, i) => {
      expect(w.window.c0).toBe(windows[i]!.window.c1);
      expect(w.top).toBeGreaterThanOrEqual(windows[i]!.top + WINDOW_GAP);
    });
  });
});
