import { describe, expect, it } from 'vitest';
import { addCard, createMapDoc, createSnapshotStore } from '../doc';
import { standardTemplate } from '../model/templates';
import { boxInView, nodeBox, revealViewport } from './camera';
import { estimateCardHeight, layoutBoard } from './boardGeometry';
import { nextInTabOrder, tabOrder } from './tabOrder';

const view = { x: 8, y: 8, zoom: 0.75, width: 900, height: 600 };

function board() {
  const doc = createMapDoc(standardTemplate('en', { title: 'Camera', id: 'camera-test' }));
  const store = createSnapshotStore(doc);
  const s0 = store.getSnapshot();
  const lane = s0.lanes[0]!;
  const last = s0.phases[s0.phases.length - 1]!;
  const near = addCard(doc, { laneId: lane.id, phaseId: s0.phases[0]!.id, text: 'near' });
  const far = addCard(doc, { laneId: lane.id, phaseId: last.id, text: 'far' });
  const snapshot = store.getSnapshot();
  const layout = layoutBoard({ ...snapshot, cardHeight: estimateCardHeight });
  return { snapshot, layout, near, far, lane, last };
}

describe('camera', () => {
  it('knows the boxes of nodes that are not rendered', () => {
    const { layout, far, lane, last } = board();
    expect(nodeBox(layout, far)).toEqual(layout.cards.get(far));
    expect(nodeBox(layout, `cell:${lane.id}:${last.id}`)).toMatchObject({
      y: layout.rows[0]!.y,
      width: 248,
    });
    expect(nodeBox(layout, 'nonexistent')).toBeNull();
  });

  it('tells boxes in view from those out of it, also under the pinned headers', () => {
    const { layout, near, far } = board();
    expect(boxInView(nodeBox(layout, near)!, view)).toBe(true);
    expect(boxInView(nodeBox(layout, far)!, view)).toBe(false);
    // panned so the card sits under the pinned lane names at the left edge
    const box = nodeBox(layout, near)!;
    expect(boxInView(box, { ...view, x: -box.x * view.zoom + 20 })).toBe(false);
    // zoomed out to bars, no card is drawn
    expect(boxInView(box, { ...view, zoom: 0.2 })).toBe(false);
  });

  it('pans as little as it takes to show a box, keeping the zoom', () => {
    const { layout, far } = board();
    const box = nodeBox(layout, far)!;
    const next = revealViewport(box, view, view.zoom);
    expect(next.zoom).toBe(0.75);
    expect(next.y).toBe(view.y);
    expect(boxInView(box, next)).toBe(true);
    // its right edge lands just inside the pane
    expect((box.x + box.width) * next.zoom + next.x).toBeCloseTo(view.width - 24);
    // from the compact overview, it zooms in to a readable zoom
    const zoomedIn = revealViewport(box, { ...view, zoom: 0.2 }, 0.75);
    expect(boxInView(box, zoomedIn)).toBe(true);
  });
});

describe('tab order', () => {
  it('goes headers first, then row by row cell by cell, each cell before its cards', () => {
    const { snapshot, near, far, lane, last } = board();
    const order = tabOrder(snapshot);
    const phases = snapshot.phases.length;
    expect(order.slice(0, phases)).toEqual(snapshot.phases.map((p) => `phase:${p.id}`));
    const firstCell = `cell:${lane.id}:${snapshot.phases[0]!.id}`;
    expect(order.indexOf(near)).toBe(order.indexOf(firstCell) + 1);
    expect(nextInTabOrder(snapshot, `cell:${lane.id}:${last.id}`, false)).toBe(far);
    expect(nextInTabOrder(snapshot, far, true)).toBe(`cell:${lane.id}:${last.id}`);
    expect(nextInTabOrder(snapshot, order[order.length - 1]!, false)).toBeNull();
  });
});
