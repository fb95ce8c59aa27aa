import { describe, expect, it } from 'vitest';
import type { BoardNode } from './boardNodes';
import { cullNodes, cullWindow, sameOr, viewRect, windowServes } from './cullNodes';

function node(id: string, type: BoardNode['type'], x: number, y: number, extra = {}): BoardNode {
  return {
    id,
    type,
    position: { x, y },
    measured: { width: 100, height: 50 },
    data: {},
    ...extra,
  } as BoardNode;
}

describe('culling the nodes handed to React Flow', () => {
  const view = viewRect([0, 0, 1], 1000, 500);
  const window = cullWindow(view);

  it('the window is the view grown by one view on every side', () => {
    expect(window).toEqual({ x: -1000, y: -500, width: 3000, height: 1500 });
    // zoomed out to a half and panned: twice the board, shifted by the pan over the zoom
    expect(viewRect([-100, -50, 0.5], 1000, 500)).toEqual({
      x: 200,
      y: 100,
      width: 2000,
      height: 1000,
    });
  });

  it('keeps the nodes overlapping the window, drops the far ones', () => {
    const near = node('near', 'card', 1500, 100);
    const edge = node('edge', 'cell', 1950, 950); // overlaps the window's corner
    const far = node('far', 'card', 5000, 100);
    const below = node('below', 'cell', 0, 1100);
    expect(cullNodes([near, edge, far, below], window, new Set())).toEqual([near, edge]);
  });

  it('always keeps headers, selected nodes and named nodes (ends of drawn links)', () => {
    const phase = node('phase:p', 'phase', 9000, 0);
    const lane = node('lane:l', 'lane', 0, 9000);
    const selected = node('sel', 'card', 9000, 9000, { selected: true });
    const linked = node('point:x', 'point', 8000, 8000);
    const other = node('other', 'card', 8000, 8000);
    expect(cullNodes([phase, lane, selected, linked, other], window, new Set(['point:x']))).toEqual(
      [phase, lane, selected, linked],
    );
  });

  it('keeps a node of unknown size (React Flow has to measure it)', () => {
    const unknown = { id: 'u', type: 'card', position: { x: 9000, y: 0 }, data: {} } as BoardNode;
    expect(cullNodes([unknown], window, new Set())).toEqual([unknown]);
  });

  it('a window serves small pans and zooming out a little, not leaving it or zooming in far', () => {
    expect(windowServes(view, viewRect([-400, -200, 1], 1000, 500))).toBe(true);
    expect(windowServes(view, viewRect([-600, 0, 1], 1000, 500))).toBe(false);
    expect(windowServes(view, viewRect([0, 0, 1], 1000, 500))).toBe(true);
    // zoomed out around the middle: the view grows past half a margin
    expect(windowServes(view, viewRect([300, 150, 0.4], 1000, 500))).toBe(false);
    // zoomed in four times: the window would hold sixteen times the view
    expect(windowServes(view, viewRect([0, 0, 4], 1000, 500))).toBe(false);
    expect(windowServes(view, viewRect([0, 0, 1.5], 1000, 500))).toBe(true);
  });

  it('hands over the same list while the same nodes are in it', () => {
    const a = node('a', 'card', 0, 0);
    const b = node('b', 'card', 0, 0);
    const prev = [a, b];
    expect(sameOr(prev, [a, b])).toBe(prev);
    const changed = [a, { ...b }];
    expect(sameOr(prev, changed)).toBe(changed);
    expect(sameOr(prev, [a])).toEqual([a]);
  });
});
