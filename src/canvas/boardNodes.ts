/** The board's React Flow node types and their ids (see deriveNodes.ts for how they are made). */
import { Position, type Node, type NodeHandle } from '@xyflow/react';
import type { CardView, LaneView, PhaseView } from '../model/snapshot';
import type { Id } from '../model/types';
import type { EmotionPoint } from './boardGeometry';

export interface CardNodeData extends Record<string, unknown> {
  readonly card: CardView;
  readonly lane: LaneView;
  readonly phase: PhaseView;
  /** the height the layout gave the card; the card is at least this tall */
  readonly minHeight: number;
}
export interface CellNodeData extends Record<string, unknown> {
  readonly lane: LaneView;
  readonly phase: PhaseView;
  readonly count: number;
  /** zoomed far out, cards are drawn as bars inside their cell (tops relative to the cell) */
  readonly bars: readonly { readonly top: number; readonly height: number }[] | null;
}
export interface PhaseNodeData extends Record<string, unknown> {
  readonly phase: PhaseView;
  readonly index: number;
  readonly count: number;
}
export interface LaneNodeData extends Record<string, unknown> {
  readonly lane: LaneView;
  readonly index: number;
  readonly count: number;
}
export interface EmotionPointView extends EmotionPoint {
  readonly card: CardView;
  readonly phaseName: string;
}
export interface EmotionNodeData extends Record<string, unknown> {
  readonly lane: LaneView;
  readonly points: readonly EmotionPointView[];
  /** the row's top in board coordinates (points are relative to the node) */
  readonly originX: number;
  readonly originY: number;
  readonly width: number;
  readonly height: number;
}

/** An invisible anchor at an emotion point, so links to and from emotion cards can be drawn. */
export type PointNodeData = Record<string, never>;

export type CardNode = Node<CardNodeData, 'card'>;
export type CellNode = Node<CellNodeData, 'cell'>;
export type PhaseNode = Node<PhaseNodeData, 'phase'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type EmotionNode = Node<EmotionNodeData, 'emotion'>;
export type PointNode = Node<PointNodeData, 'point'>;
export type BoardNode = CardNode | CellNode | PhaseNode | LaneNode | EmotionNode | PointNode;

/** Node ids of the non-card nodes; card nodes use the card id (ids never contain `:`). */
export const nodeIds = {
  phase: (id: Id) => `phase:${id}`,
  lane: (id: Id) => `lane:${id}`,
  cell: (laneId: Id, phaseId: Id) => `cell:${laneId}:${phaseId}`,
  emotion: (laneId: Id) => `emotion:${laneId}`,
  point: (cardId: Id) => `point:${cardId}`,
};

/** Parses a node id back into what it stands for. */
export function parseNodeId(
  id: string,
):
  | { kind: 'card'; cardId: Id }
  | { kind: 'phase' | 'lane' | 'emotion' | 'point'; id: Id }
  | { kind: 'cell'; laneId: Id; phaseId: Id } {
  const [kind, a, b] = id.split(':');
  if (kind === 'cell' && a && b) return { kind: 'cell', laneId: a, phaseId: b };
  if ((kind === 'phase' || kind === 'lane' || kind === 'emotion' || kind === 'point') && a)
    return { kind, id: a };
  return { kind: 'card', cardId: id };
}

/** Size of a link handle (`.jb-handle`, border included), in board pixels. */
const HANDLE_SIZE = 8;

/**
 * Where a node's link handles are (left: incoming, right: outgoing), as React Flow
 * measures them: centred on the inner edge of the node's left and right border
 * (`borders`, in board pixels), half way down. Known up front, React Flow need not
 * mount a node just to measure it, so `onlyRenderVisibleElements` renders only what
 * is in view from the first frame; a rendered node's DOM measurement still takes over.
 */
export function linkHandles(
  width: number,
  height: number,
  borders: { readonly left: number; readonly right: number } = { left: 0, right: 0 },
): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const y = height / 2 - half;
  const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
  return [
    { id: null, type: 'target', position: Position.Left, x: borders.left - half, y, ...size },
    {
      id: null,
      type: 'source',
      position: Position.Right,
      x: width - borders.right - half,
      y,
      ...size,
    },
  ];
}

/** For nodes without link handles: "measured" as having none, so they too render only in view. */
export const NO_HANDLES: NodeHandle[] = [];
