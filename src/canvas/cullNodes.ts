/**
 * React Flow takes in every node it is given: on each change it copies the list into
 * its lookup and runs its selectors over all of it, even with `onlyRenderVisibleElements`.
 * A 2,000-card board is ~2,500 nodes of which ~30 are in view, so a big board hands
 * React Flow only the nodes around the view (a window of the view plus one view's
 * size on every side), and a new window only when the view leaves the middle of the
 * old one (or zooms in a lot). Pure functions; the hook is useCulledNodes.ts.
 *
 * Always handed over, wherever they are: the phase and lane headers (their boxes span
 * the whole board, so React Flow's fit still fits everything), selected nodes (a drag
 * moves every selected node) and the ends of the drawn links.
 */
import type { BoardNode } from './boardNodes';

/** Below this many nodes everything goes to React Flow: culling would buy nothing. */
export const CULL_FROM = 400;

/** A rectangle in board (flow) coordinates. */
export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the pane shows: `transform` is React Flow's [x, y, zoom], width/height the pane's. */
export function viewRect(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): FlowRect {
  const [tx, ty, zoom] = transform;
  const z = zoom > 0 ? zoom : 1;
  return { x: -tx / z, y: -ty / z, width: width / z, height: height / z };
}

/** `rect` grown by `by` times its own size on every side. */
export function grow(rect: FlowRect, by: number): FlowRect {
  return {
    x: rect.x - rect.width * by,
    y: rect.y - rect.height * by,
    width: rect.width * (1 + 2 * by),
    height: rect.height * (1 + 2 * by),
  };
}

/** How far around the view nodes are handed over, in views. */
const MARGIN = 1;

/** The window of nodes handed over for a view. */
export function cullWindow(view: FlowRect): FlowRect {
  return grow(view, MARGIN);
}

function inside(inner: FlowRect, outer: FlowRect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/**
 * Whether the window made for view `was` still serves view `now`: `now` stays within
 * half the margin around `was` (the other half is still drawn ahead of a pan) and did
 * not zoom in past half its size (the window would hold four times what it needs).
 */
export function windowServes(was: FlowRect, now: FlowRect): boolean {
  return inside(now, grow(was, MARGIN / 2)) && now.width * 2 >= was.width;
}

function overlaps(node: BoardNode, rect: FlowRect): boolean {
  const width = node.measured?.width ?? node.width;
  const height = node.measured?.height ?? node.height;
  // a node of unknown size is kept: React Flow must see it to measure it
  if (width === undefined || height === undefined) return true;
  const { x, y } = node.position;
  return (
    x < rect.x + rect.width && x + width > rect.x && y < rect.y + rect.height && y + height > rect.y
  );
}

/** The nodes React Flow is given for `window`; `keep` names nodes handed over wherever they are. */
export function cullNodes(
  nodes: readonly BoardNode[],
  window: FlowRect,
  keep: ReadonlySet<string>,
): BoardNode[] {
  return nodes.filter(
    (node) =>
      node.type === 'phase' ||
      node.type === 'lane' ||
      node.selected === true ||
      keep.has(node.id) ||
      overlaps(node, window),
  );
}

/** `next` when it differs from `prev`, else `prev` (React Flow skips an unchanged list). */
export function sameOr<T>(prev: T[] | null, next: T[]): T[] {
  if (prev && prev.length === next.length && prev.every((n, i) => n === next[i])) return prev;
  return next;
}
