import { describe, expect, it } from 'vitest';
import { LANE_TYPE_REGISTRY } from '../model/laneTypes';
import { cellKey } from '../model/snapshot';
import { layoutBoard } from './boardGeometry';
import { drawOverview } from './Overview';

/** A 2D context that records the rectangles filled, with their colour. */
function recorder() {
  const rects: { color: string; x: number; y: number; w: number; h: number }[] = [];
  const ctx = {
    fillStyle: '' as CanvasRenderingContext2D['fillStyle'],
    clearRect() {},
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ color: String(ctx.fillStyle), x, y, w, h });
    },
  };
  return { ctx, rects };
}

const layout = layoutBoard({
  phases: [{ id: 'p1' }, { id: 'p2' }],
  lanes: [
    { id: 'touch', type: 'touchpoints' },
    { id: 'pain', type: 'painPoints' },
  ],
  cells: new Map([
    [cellKey('touch', 'p1'), [1, 2, 3].map((i) => ({ id: `t${i}`, text: '' }))],
    [cellKey('pain', 'p2'), [{ id: 'x', text: '' }]],
  ]),
  cardHeight: () => 60,
});
// the minimap draws cards in the registry's overview colours (one colour table)
const TOUCH = LANE_TYPE_REGISTRY.touchpoints.colors.overview!;
const PAIN = LANE_TYPE_REGISTRY.painPoints.colors.overview!;
const cardRects = (rects: ReturnType<typeof recorder>['rects']) =>
  rects.filter((r) => r.color === TOUCH || r.color === PAIN);

describe('drawOverview', () => {
  it('draws every card at a scale where the gaps between them show', () => {
    const { ctx, rects } = recorder();
    drawOverview(ctx, layout, 0.5, 200, 200);
    const cards = cardRects(rects);
    expect(cards.map((r) => r.color)).toEqual([TOUCH, TOUCH, TOUCH, PAIN]);
    expect(cards[0]!.h).toBe(30);
  });

  it('draws a cell’s stack as one bar in its lane’s colour when the gaps are below a pixel', () => {
    const { ctx, rects } = recorder();
    const scale = 0.05;
    drawOverview(ctx, layout, scale, 40, 40);
    const cards = cardRects(rects);
    expect(cards.map((r) => r.color)).toEqual([TOUCH, PAIN]);
    const top = layout.cards.get('t1')!;
    const bottom = layout.cards.get('t3')!;
    expect(cards[0]!.y).toBeCloseTo(top.y * scale);
    expect(cards[0]!.y + cards[0]!.h).toBeCloseTo((bottom.y + bottom.height) * scale);
  });
});
