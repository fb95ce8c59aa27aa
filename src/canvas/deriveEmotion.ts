/** The nodes of an emotion lane: one curve over the row, and link anchors at its points. */
import type { LaneView, MapSnapshot, PhaseView } from '../model/snapshot';
import type { Id } from '../model/types';
import {
  linkHandles,
  NO_HANDLES,
  nodeIds,
  type BoardNode,
  type EmotionNode,
  type EmotionPointView,
  type PointNode,
} from './boardNodes';
import { BOARD, type BoardLayout } from './boardGeometry';

/** The node cache's reuse: the old node while `deps` are the same, else `make()`. */
export type Reuse = <N extends BoardNode>(id: string, deps: unknown[], make: () => N) => N;

/** Size of an emotion point's link anchor, in board pixels. */
const POINT_SIZE = 2;

/** An overlay node the user never drags, selects, connects or focuses, and the pointer passes through. */
const INERT_OVERLAY = {
  draggable: false,
  selectable: false,
  connectable: false,
  focusable: false,
  style: { pointerEvents: 'none' },
  zIndex: 1,
} as const;

/** The curve of emotion lane `lane` (row `row`), its points relative to the node. */
export function emotionNode(
  reuse: Reuse,
  lane: LaneView,
  row: BoardLayout['rows'][number],
  layout: BoardLayout,
  snapshot: MapSnapshot,
  phaseById: ReadonlyMap<Id, PhaseView>,
): EmotionNode {
  const points = layout.emotionPoints.get(lane.id) ?? [];
  const originX = layout.columns[0]?.x ?? BOARD.laneHeaderWidth;
  const width = layout.width - originX;
  const views: EmotionPointView[] = [];
  const deps: unknown[] = [lane, row.y, row.height, width];
  for (const point of points) {
    const card = snapshot.cards.get(point.cardId);
    const phase = phaseById.get(point.phaseId);
    if (!card || !phase) continue;
    views.push({
      ...point,
      x: point.x - originX,
      y: point.y - row.y,
      card,
      phaseName: phase.name,
    });
    deps.push(card, phase, point.x);
  }
  const id = nodeIds.emotion(lane.id);
  return reuse(id, deps, () => ({
    id,
    type: 'emotion',
    position: { x: originX, y: row.y },
    width,
    height: row.height,
    measured: { width, height: row.height },
    handles: NO_HANDLES,
    data: { lane, points: views, originX, originY: row.y, width, height: row.height },
    // the row's cells stay clickable under the curve; only the points catch the pointer
    ...INERT_OVERLAY,
  }));
}

/** Anchors for the emotion points that have links (edges need a node with handles at each end). */
export function pointNodes(
  reuse: Reuse,
  layout: BoardLayout,
  laneId: Id,
  linked: ReadonlySet<Id>,
): PointNode[] {
  const out: PointNode[] = [];
  for (const point of layout.emotionPoints.get(laneId) ?? []) {
    if (!linked.has(point.cardId)) continue;
    const id = nodeIds.point(point.cardId);
    out.push(
      reuse(id, [point.x, point.y], () => ({
        id,
        type: 'point',
        position: { x: point.x - POINT_SIZE / 2, y: point.y - POINT_SIZE / 2 },
        width: POINT_SIZE,
        height: POINT_SIZE,
        measured: { width: POINT_SIZE, height: POINT_SIZE },
        handles: linkHandles(POINT_SIZE, POINT_SIZE),
        data: {},
        ...INERT_OVERLAY,
      })),
    );
  }
  return out;
}

/** Cards at either end of some link. */
export function linkedIds(snapshot: MapSnapshot): Set<Id> {
  const out = new Set<Id>();
  for (const card of snapshot.cards.values()) {
    if (!card.links?.length) continue;
    out.add(card.id);
    for (const target of card.links) out.add(target);
  }
  return out;
}
