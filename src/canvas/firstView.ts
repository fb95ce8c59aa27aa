/**
 * The board's first view, known before React Flow renders for the first time (issue 18,
 * render phase). React Flow learns its pane's size in an effect after its first commit
 * and, with `fitView`, fits once the nodes are in its store: a first commit without
 * nodes (a pane of size 0 shows none of `onlyRenderVisibleElements`), then one with
 * them at the default viewport, then the fit — extra work and a jump before the cards
 * show. Here the board's box is measured in a layout effect (before the browser
 * paints), the fitted viewport computed from the layout's nodes as React Flow's fit
 * would (same bounds, padding and zoom limits), and both put in React Flow's store
 * before it mounts: its first commit draws the cards where they stay. The nodes and
 * edges go into the store there too: React Flow itself adopts its `nodes` prop in an
 * effect after its first commit, so it would mount empty and render every node in a
 * second commit (the same lists adopted again later are kept as they are).
 *
 * A page without layout (a test DOM without sizes) measures 0: React Flow then fits
 * on its own, as before.
 */
import {
  getNodesBounds,
  type Edge,
  getViewportForBounds,
  useStoreApi,
  type Node,
  type Viewport,
} from '@xyflow/react';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface FitOptions {
  readonly padding: Parameters<typeof getViewportForBounds>[5];
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The viewport React Flow's fit would choose for `nodes` in a pane of this size. */
export function fittedViewport(
  nodes: readonly Node[],
  width: number,
  height: number,
  { padding, minZoom, maxZoom }: FitOptions,
): Viewport {
  return getViewportForBounds(
    getNodesBounds(nodes as Node[]),
    width,
    height,
    minZoom,
    maxZoom,
    padding,
  );
}

/** What React Flow will be handed on its first render. */
export interface FirstContent {
  readonly nodes: Node[];
  readonly edges: Edge[];
}

/**
 * `null` until the board's box was measured (the board renders React Flow only then,
 * in the same frame); then the first viewport, or `{ viewport: null }` when the box has
 * no size (React Flow fits by itself). `choose` gets the box's size; `content` is what
 * React Flow mounts with, when known before its view is (`null`: it adopts its props).
 */
export function useFirstView(
  box: RefObject<HTMLElement | null>,
  choose: (width: number, height: number) => Viewport,
  content: FirstContent | null,
): { viewport: Viewport | null } | null {
  const store = useStoreApi();
  const [first, setFirst] = useState<{ viewport: Viewport | null } | null>(null);
  const chooseRef = useRef(choose);
  chooseRef.current = choose;
  const contentRef = useRef(content);
  contentRef.current = content;
  useLayoutEffect(() => {
    if (first) return;
    // the size React Flow itself reads from its pane (which fills this box)
    const width = box.current?.offsetWidth ?? 0;
    const height = box.current?.offsetHeight ?? 0;
    if (!width || !height) {
      setFirst({ viewport: null });
      return;
    }
    const viewport = chooseRef.current(width, height);
    const content = contentRef.current;
    if (content) {
      store.getState().setNodes(content.nodes);
      store.getState().setEdges(content.edges);
    }
    store.setState({ width, height, transform: [viewport.x, viewport.y, viewport.zoom] });
    setFirst({ viewport });
  }, [box, first, store]);
  return first;
}
