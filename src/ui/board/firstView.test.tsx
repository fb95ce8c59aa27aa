/**
 * The board's first render (issue 18, render phase; canvas/firstView.ts): React Flow mounts already knowing
 * its pane's size and the fitted viewport, so the commit that mounts it draws every
 * card where it stays — no empty first commit, no viewport jump when a fit follows.
 */
import { act, render, waitFor } from '@testing-library/react';
import {
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useLayoutEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguageStore } from '../../i18n';
import { MapSessionProvider } from '../../session/MapSession';
import { createTestSession, sampleMap } from '../../session/testing';
import { giveTheBoardRoom } from './testing';
import { Board } from '../../canvas/Board';
import { FIT_PADDING } from '../../canvas/overlayBounds';
import { CanvasSlotsProvider } from '../../canvas/slots';

type Store = ReturnType<typeof useStoreApi>;

/** What React Flow's store went through from before the board mounted. */
interface Seen {
  transforms: number[][];
  /** cards in the DOM, not hidden, when the viewport was first set */
  cardsAtFirstView: number | null;
  store: Store | null;
  rf: ReactFlowInstance | null;
}

/** Rendered before the board: subscribes to the store before any of the board's effects. */
function Probe({ seen }: { seen: Seen }) {
  const store = useStoreApi();
  seen.rf = useReactFlow();
  useState(() => {
    seen.store = store;
    store.subscribe((state, before) => {
      if (state.transform === before.transform) return;
      seen.transforms.push([...state.transform]);
    });
  });
  return null;
}

const shownCards = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter(
    (n) => n.querySelector('[data-card-id]') && n.style.visibility !== 'hidden',
  ).length;

afterEach(() => {
  document.body.innerHTML = '';
});

describe("the board's first render", () => {
  it('draws every card at the fitted viewport in the commit that mounts React Flow', async () => {
    giveTheBoardRoom({ width: 1100, height: 700 });
    act(() => useLanguageStore.getState().setLanguage('en'));
    const map = sampleMap();
    const session = createTestSession({ map });
    const seen: Seen = { transforms: [], cardsAtFirstView: null, store: null, rf: null };
    render(
      <ReactFlowProvider>
        <Probe seen={seen} />
        <MapSessionProvider session={session}>
          <Board />
        </MapSessionProvider>
      </ReactFlowProvider>,
    );
    const store = seen.store!;
    // the viewport was set once, before React Flow drew anything, and not moved since
    expect(seen.transforms.length).toBeGreaterThan(0);
    const [x, y, zoom] = store.getState().transform;
    for (const t of seen.transforms) expect(t).toEqual([x, y, zoom]);
    expect(zoom).toBeLessThan(1);
    expect(store.getState().width).toBe(1100);
    // every card is drawn, and the DOM shows the same viewport
    expect(shownCards()).toBe(map.cards.length);
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    expect(viewport.style.transform.replace(/\s/g, '')).toBe(
      `translate(${x}px,${y}px)scale(${zoom})`,
    );
    // it IS the fit: React Flow's own fit (F, the fit button) lands where the board opened
    await act(async () => {
      await seen.rf!.fitView({ padding: FIT_PADDING, maxZoom: 1 });
    });
    const [fx, fy, fzoom] = store.getState().transform;
    expect(fx).toBeCloseTo(x, 3);
    expect(fy).toBeCloseTo(y, 3);
    expect(fzoom).toBeCloseTo(zoom, 5);
  });

  it('mounts React Flow with the card nodes in its first commit, header tools and add buttons after its first paint', async () => {
    giveTheBoardRoom({ width: 1100, height: 700 });
    act(() => useLanguageStore.getState().setLanguage('en'));
    const map = sampleMap();
    const session = createTestSession({ map });
    // rendered inside React Flow: its layout effect runs in the commit that mounts React Flow
    const atMount: number[] = [];
    const toolsAtMount: number[] = [];
    const tools = () =>
      document.querySelectorAll('.jb-header [role="toolbar"], .jb-cell__add').length;
    function FirstCommit() {
      useLayoutEffect(() => {
        atMount.push(document.querySelectorAll('.react-flow__node [data-card-id]').length);
        toolsAtMount.push(tools());
      }, []);
      return null;
    }
    render(
      <ReactFlowProvider>
        <MapSessionProvider session={session}>
          <CanvasSlotsProvider value={{ layer: <FirstCommit /> }}>
            <Board />
          </CanvasSlotsProvider>
        </MapSessionProvider>
      </ReactFlowProvider>,
    );
    expect(atMount).toEqual([map.cards.length]);
    expect(shownCards()).toBe(map.cards.length);
    // a header's tools and a cell's add button (shown on hover or focus) are not part of
    // the first paint, then come
    const headers = map.phases.length + map.lanes.length;
    const cells = map.phases.length * map.lanes.length;
    expect(toolsAtMount).toEqual([0]);
    await waitFor(() => expect(tools()).toBe(headers + cells));
    expect(document.querySelectorAll('.jb-header').length).toBe(headers);
  });
});
