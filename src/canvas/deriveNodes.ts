/**
 * Snapshot + layout → React Flow nodes and edges, with STABLE identity: a node
 * object is reused as long as everything it shows is the same (the card object —
 * snapshots keep unchanged cards identical —, its box, selection). React Flow
 * skips nodes whose object did not change, so editing one card re-renders one node.
 */
import type { Edge } from '@xyflow/react';
import {
  cellKey,
  type CardView,
  type LaneView,
  type MapSnapshot,
  type PhaseView,
} from '../model/snapshot';
import type { Id } from '../model/types';
import type { Translate } from '../ui/i18n';
import {
  nodeIds,
  type BoardNode,
  type CardNode,
  type EmotionNode,
  type EmotionPointView,
  type PointNode,
} from './boardNodes';
import { BOARD, CARD_WIDTH, type BoardLayout } from './layout';
import type { CanvasMessage } from './messages';

export * from './boardNodes';

export interface DeriveInput {
  readonly snapshot: MapSnapshot;
  readonly layout: BoardLayout;
  readonly selected: ReadonlySet<Id>;
  readonly readOnly: boolean;
  /** lanes a facilitator locked for this user: their cards and header do not move */
  readonly lockedLanes?: ReadonlySet<Id>;
  /**
   * zoomed far out: no card nodes, cells draw their cards as bars. Thousands of
   * card nodes cost more than the overview is worth; cells are a few hundred.
   */
  readonly compact: boolean;
  readonly t: Translate<CanvasMessage>;
}

const NO_LANES: ReadonlySet<Id> = new Set();

/** One shared empty list, so empty cells keep their node identity. */
const NO_CARDS: readonly CardView[] = [];

interface Cached<N> {
  readonly deps: readonly unknown[];
  readonly node: N;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** Keeps the previous derivation's nodes and edges to reuse unchanged ones. */
export class NodeCache {
  private nodes = new Map<string, Cached<BoardNode>>();
  private edges = new Map<string, Edge>();

  private reuse<N extends BoardNode>(
    next: Map<string, Cached<BoardNode>>,
    id: string,
    deps: unknown[],
    make: () => N,
  ): N {
    const old = this.nodes.get(id);
    const node = old && same(old.deps, deps) ? (old.node as N) : make();
    next.set(id, { deps, node });
    return node;
  }

  /** All nodes in reading order: headers, then per lane each cell followed by its cards. */
  deriveNodes(input: DeriveInput): BoardNode[] {
    const { snapshot, layout, selected, readOnly, compact, t } = input;
    const lockedLanes = input.lockedLanes ?? NO_LANES;
    const next = new Map<string, Cached<BoardNode>>();
    const out: BoardNode[] = [];
    const draggable = !readOnly;
    const phaseCount = snapshot.phases.length;
    const laneCount = snapshot.lanes.length;

    snapshot.phases.forEach((phase, index) => {
      const column = layout.columns[index];
      if (!column) return;
      const id = nodeIds.phase(phase.id);
      out.push(
        this.reuse(next, id, [phase, column.x, phaseCount, readOnly, t], () => ({
          id,
          type: 'phase',
          position: { x: column.x, y: 0 },
          width: column.width,
          height: BOARD.phaseHeaderHeight,
          data: { phase, index, count: phaseCount },
          draggable,
          selectable: false,
          connectable: false,
          ariaLabel: t('phaseLabel', { index: index + 1, count: phaseCount, name: phase.name }),
          zIndex: 2,
        })),
      );
    });
    snapshot.lanes.forEach((lane, index) => {
      const row = layout.rows[index];
      if (!row) return;
      const id = nodeIds.lane(lane.id);
      const locked = lockedLanes.has(lane.id);
      out.push(
        this.reuse(next, id, [lane, row.y, row.height, laneCount, readOnly, locked, t], () => ({
          id,
          type: 'lane',
          position: { x: 0, y: row.y },
          width: BOARD.laneHeaderWidth,
          height: row.height,
          data: { lane, index, count: laneCount },
          draggable: draggable && !locked,
          selectable: false,
          connectable: false,
          ariaLabel: t('laneLabel', { index: index + 1, count: laneCount, name: lane.name }),
          zIndex: 2,
        })),
      );
    });

    const phaseById = new Map(snapshot.phases.map((p) => [p.id, p]));
    let linked: Set<Id> | null = null;
    snapshot.lanes.forEach((lane, laneIndex) => {
      const row = layout.rows[laneIndex];
      if (!row) return;
      const editable = !readOnly && !lockedLanes.has(lane.id);
      snapshot.phases.forEach((phase, phaseIndex) => {
        const column = layout.columns[phaseIndex];
        if (!column) return;
        const cards = snapshot.cells.get(cellKey(lane.id, phase.id)) ?? NO_CARDS;
        const id = nodeIds.cell(lane.id, phase.id);
        out.push(
          this.reuse(
            next,
            id,
            // bars (compact) depend on every card of the cell; otherwise only the count shows
            [lane, phase, column.x, row.y, row.height, compact ? cards : cards.length, readOnly, t],
            () => ({
              id,
              type: 'cell',
              position: { x: column.x, y: row.y },
              width: column.width,
              height: row.height,
              data: {
                lane,
                phase,
                count: cards.length,
                bars: compact && lane.type !== 'emotions' ? bars(cards, layout, row.y) : null,
              },
              draggable: false,
              selectable: false,
              connectable: false,
              ariaLabel: t('cellLabel', {
                lane: lane.name,
                phase: phase.name,
                count: cards.length,
              }),
              zIndex: 0,
            }),
          ),
        );
        if (lane.type === 'emotions' || compact) return;
        for (const card of cards) {
          const box = layout.cards.get(card.id);
          if (!box) continue;
          const isSelected = selected.has(card.id);
          out.push(
            this.reuse(
              next,
              card.id,
              [card, lane, phase, box.x, box.y, box.height, isSelected, editable, t],
              (): CardNode => ({
                id: card.id,
                type: 'card',
                position: { x: box.x, y: box.y },
                style: { width: CARD_WIDTH },
                // known size up front: React Flow shows the node without waiting to measure it
                measured: { width: box.width, height: box.height },
                data: { card, lane, phase, minHeight: box.height },
                selected: isSelected,
                draggable: editable,
                connectable: editable,
                ariaLabel: t('cardLabel', {
                  text: card.text.trim() || t('emptyCard'),
                  lane: lane.name,
                  phase: phase.name,
                }),
                zIndex: 1,
              }),
            ),
          );
        }
      });
      if (lane.type === 'emotions') {
        out.push(this.emotionNode(next, lane, row, layout, snapshot, phaseById));
        linked ??= compact ? new Set() : linkedIds(snapshot);
        out.push(...this.pointNodes(next, layout, lane.id, linked));
      }
    });

    this.nodes = next;
    return out;
  }

  private emotionNode(
    next: Map<string, Cached<BoardNode>>,
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
    return this.reuse(next, id, deps, () => ({
      id,
      type: 'emotion',
      position: { x: originX, y: row.y },
      width,
      height: row.height,
      data: { lane, points: views, originX, originY: row.y, width, height: row.height },
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
      // the row's cells stay clickable under the curve; only the points catch the pointer
      style: { pointerEvents: 'none' },
      zIndex: 1,
    }));
  }

  /** Anchors for the emotion points that have links (edges need a node with handles at each end). */
  private pointNodes(
    next: Map<string, Cached<BoardNode>>,
    layout: BoardLayout,
    laneId: Id,
    linked: ReadonlySet<Id>,
  ): PointNode[] {
    const out: PointNode[] = [];
    for (const point of layout.emotionPoints.get(laneId) ?? []) {
      if (!linked.has(point.cardId)) continue;
      const id = nodeIds.point(point.cardId);
      out.push(
        this.reuse(next, id, [point.x, point.y], () => ({
          id,
          type: 'point',
          position: { x: point.x - POINT_SIZE / 2, y: point.y - POINT_SIZE / 2 },
          width: POINT_SIZE,
          height: POINT_SIZE,
          measured: { width: POINT_SIZE, height: POINT_SIZE },
          data: {},
          draggable: false,
          selectable: false,
          connectable: false,
          focusable: false,
          style: { pointerEvents: 'none' },
          zIndex: 1,
        })),
      );
    }
    return out;
  }

  /** Edges for card links whose both ends are drawn, as cards or emotion points (none in the compact overview). */
  deriveEdges(snapshot: MapSnapshot, layout: BoardLayout, compact: boolean): Edge[] {
    const next = new Map<string, Edge>();
    const out: Edge[] = [];
    if (compact) {
      this.edges = next;
      return out;
    }
    const points = new Set<Id>();
    for (const list of layout.emotionPoints.values()) for (const p of list) points.add(p.cardId);
    const end = (cardId: Id): string | null =>
      layout.cards.has(cardId) ? cardId : points.has(cardId) ? nodeIds.point(cardId) : null;
    for (const card of snapshot.cards.values()) {
      if (!card.links?.length) continue;
      const source = end(card.id);
      if (!source) continue;
      for (const targetId of card.links) {
        const target = end(targetId);
        if (!target) continue;
        const id = `link:${card.id}:${targetId}`;
        const edge = this.edges.get(id) ?? {
          id,
          source,
          target,
          className: 'jb-link',
          zIndex: 3,
        };
        next.set(id, edge);
        out.push(edge);
      }
    }
    this.edges = next;
    return out;
  }
}

/** Size of an emotion point's link anchor, in board pixels. */
const POINT_SIZE = 2;

/** Cards at either end of some link. */
function linkedIds(snapshot: MapSnapshot): Set<Id> {
  const out = new Set<Id>();
  for (const card of snapshot.cards.values()) {
    if (!card.links?.length) continue;
    out.add(card.id);
    for (const target of card.links) out.add(target);
  }
  return out;
}

function bars(
  cards: readonly CardView[],
  layout: BoardLayout,
  rowY: number,
): { top: number; height: number }[] {
  const out: { top: number; height: number }[] = [];
  for (const card of cards) {
    const box = layout.cards.get(card.id);
    if (box) out.push({ top: box.y - rowY, height: box.height });
  }
  return out;
}
