/**
 * A big board hands React Flow only the nodes around the view (canvas/cullNodes.ts):
 * what React Flow holds is a fraction of the board, and everything that reaches a node
 * out of view still works — panning (here through the minimap) shows a far card,
 * keyboard focus and a revealed card pan there and the card appears.
 */
import { ReactFlow, ReactFlowProvider, useReactFlow, useStore } from '@xyflow/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BoardNode } from '../../canvas/boardNodes';
import { CULL_FROM } from '../../canvas/cullNodes';
import { focusNode } from '../../canvas/focus';
import { useCulledNodes } from '../../canvas/useCulledNodes';
import { standardTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { giveTheBoardRoom, nodeById, pressKey, renderBoard } from './testing';

const SMALL = { width: 640, height: 420 };
const PHASES = 40;

/** The standard lanes over 40 phases (over 500 nodes), a card per phase in the needs lane. */
function bigMap(): JourneyMap {
  const map = standardTemplate('en', { title: 'Big', id: 'culled-test' });
  const phases = Array.from({ length: PHASES }, (_, i) => ({ id: `p${i}`, name: `Phase ${i}` }));
  const lane = map.lanes.find((l) => l.type === 'needs')!;
  const cards = phases.map((p, i) => ({
    id: `card-${i}`,
    laneId: lane.id,
    phaseId: p.id,
    text: `Need ${i}`,
  }));
  return { ...map, phases, cards };
}

const rendered = (id: string) =>
  document.querySelector(`.react-flow__node[data-id="${id}"]`) !== null;
const LAST = `card-${PHASES - 1}`;

describe('big board: React Flow holds the nodes around the view', () => {
  /** A grid of 30 × 30 card-sized nodes, and what React Flow holds of it. */
  function Grid({ onHeld }: { onHeld: (ids: string[]) => void }) {
    const nodes: BoardNode[] = [];
    for (let row = 0; row < 30; row++)
      for (let col = 0; col < 30; col++)
        nodes.push({
          id: `n-${col}-${row}`,
          type: 'cell',
          position: { x: col * 300, y: row * 200 },
          width: 200,
          height: 100,
          measured: { width: 200, height: 100 },
          data: {} as never,
        });
    const held = useStore((s) => [...s.nodeLookup.keys()].join(' '));
    onHeld(held ? held.split(' ') : []);
    const culled = useCulledNodes(nodes, []);
    return <ReactFlow nodes={culled} onlyRenderVisibleElements />;
  }

  it('a board past the threshold is culled; panning far brings the far nodes in', async () => {
    expect(900).toBeGreaterThan(CULL_FROM);
    giveTheBoardRoom(SMALL);
    let held: string[] = [];
    let rf: ReturnType<typeof useReactFlow> | null = null;
    function Grab() {
      rf = useReactFlow();
      return null;
    }
    render(
      <div style={{ width: SMALL.width, height: SMALL.height }}>
        <ReactFlowProvider>
          <Grab />
          <Grid onHeld={(ids) => (held = ids)} />
        </ReactFlowProvider>
      </div>,
    );
    await waitFor(() => expect(held).toContain('n-0-0'));
    // the view (640 × 420 at zoom 1) and one view around it: a few dozen of 900
    expect(held.length).toBeLessThan(60);
    expect(held).not.toContain('n-29-29');
    await act(() => rf!.setViewport({ x: -29 * 300, y: -29 * 200, zoom: 1 }));
    await waitFor(() => expect(held).toContain('n-29-29'));
    expect(held).not.toContain('n-0-0');
    await waitFor(() => expect(rendered('n-29-29')).toBe(true));
  });
});

describe('big board: reaching nodes out of view', () => {
  it('the minimap still shows the whole board, and pointing at its far end shows the far card', async () => {
    renderBoard({ map: bigMap(), pane: SMALL });
    await waitFor(() => expect(rendered('card-0')).toBe(true));
    expect(rendered(LAST)).toBe(false);
    const minimap = await screen.findByRole('img', { name: 'Overview map' });
    // as wide as the 40 phases against the lanes' height: the whole board, not the window
    const width = Number.parseFloat(minimap.style.width);
    const height = Number.parseFloat(minimap.style.height);
    expect(width / height).toBeGreaterThan(3);
    minimap.getBoundingClientRect = () => ({ left: 0, top: 0 }) as DOMRect;
    // board → minimap pixels, from the frame of the view drawn on it (640 px / zoom wide)
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)?.[1]);
    const frame = minimap.querySelector<HTMLElement>('.jb-overview__frame')!;
    const scale = (Number.parseFloat(frame.style.width) * zoom) / SMALL.width;
    // the far end of the first card's row
    const card = nodeById('card-0');
    const cardY = Number(/translate\([^,]+,\s*([-\d.]+)px/.exec(card.style.transform)?.[1]);
    const y = (cardY + 20) * scale;
    fireEvent.pointerDown(minimap, { clientX: width - 2, clientY: y, pointerId: 1 });
    await waitFor(() => expect(rendered(LAST)).toBe(true));
    expect(rendered('card-0')).toBe(false);
  });

  it('keyboard focus moves to a card out of view, which appears', async () => {
    const h = renderBoard({ map: bigMap(), pane: SMALL });
    const start = await waitFor(() => nodeById('card-0'));
    act(() => start.focus());
    // 15 phases on: past the view and the window of nodes around it
    const far = 'card-15';
    expect(rendered(far)).toBe(false);
    for (let i = 1; i <= 15; i++) {
      pressKey(document.activeElement!, 'ArrowRight');
      await waitFor(() => expect(document.activeElement).toBe(nodeById(`card-${i}`)));
    }
    expect(h.ui.getState().selectedCardIds).toEqual([far]);
    expect(rendered('card-0')).toBe(false);
  });

  it('a card revealed from a link (as RevealCard does) is panned to, focused and selected', async () => {
    const h = renderBoard({ map: bigMap(), pane: SMALL });
    await waitFor(() => expect(rendered('card-0')).toBe(true));
    act(() => h.ui.getState().selectCards([LAST]));
    act(() => focusNode(h.ui, LAST, { now: true }));
    await waitFor(() => expect(document.activeElement).toBe(nodeById(LAST)));
    expect(nodeById(LAST).classList.contains('selected')).toBe(true);
    expect(rendered('card-0')).toBe(false);
  });
});
