/**
 * Issue 13.5: presenting a phase of the 13-lane template on a laptop keeps card text
 * at least 11 px on screen (the old fit went to 0.41 at 1440 × 900, 0.26 at 1280 × 800)
 * and shows the phase's column beside the pinned lane names, from its header down.
 */
import { describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import { BOARD, layoutBoard } from './boardGeometry';
import { MIN_TEXT_PX, PRESENT_MIN_ZOOM, phaseViewport } from './presentView';
import { CARD_BOX } from './textMeasure';

const map = standardTemplate('en', { title: 'Laptop' });
const layout = layoutBoard({
  phases: map.phases,
  lanes: map.lanes,
  cells: new Map(),
  cardHeight: () => 60,
});

describe('phaseViewport', () => {
  it('uses the 13-lane template', () => {
    expect(map.lanes).toHaveLength(13);
  });

  for (const pane of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    it(`presents every phase readably at ${pane.width} × ${pane.height}`, () => {
      for (const phase of map.phases) {
        const view = phaseViewport(layout, phase.id, pane)!;
        expect(view.zoom * CARD_BOX.fontSize).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1e-9);
        const column = layout.columns.find((c) => c.phaseId === phase.id)!;
        const left = column.x * view.zoom + view.x;
        const right = left + column.width * view.zoom;
        // the whole column across, right of the pinned lane names, inside the pane
        expect(left).toBeGreaterThanOrEqual(BOARD.laneHeaderWidth * view.zoom - 1e-6);
        expect(right).toBeLessThanOrEqual(pane.width);
        // the phase header at the top: the lanes scroll below it
        expect(view.y).toBeGreaterThanOrEqual(0);
        expect(view.y).toBeLessThan(BOARD.phaseHeaderHeight);
      }
    });
  }

  it('zooms no further out than readable even when the column would fit smaller', () => {
    const view = phaseViewport(layout, map.phases[0]!.id, { width: 1280, height: 800 })!;
    expect(view.zoom).toBe(PRESENT_MIN_ZOOM);
    expect(phaseViewport(layout, 'no-such-phase', { width: 1280, height: 800 })).toBeNull();
  });
});
