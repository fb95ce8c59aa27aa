/**
 * Snapshot + layout → React Flow nodes, with STABLE identity: a node object is
 * reused as long as everything it shows is the same (the card object — snapshots
 * keep unchanged cards identical —, its box, selection). React Flow skips nodes
 * whose object did not change, so editing one card re-renders one node; and when
 * only some cells changed (a text edit that kept the layout), only those cells
 * are derived again instead of every node of the board.
 */
import {
  cellKey,
  type CardView,
  type LaneView,
  type MapSnapshot,
  type PhaseView,
} from '../model/snapshot';
import type { Id } from '../model/types';
import type { Translate } from '../i18n';
import {
  linkHandles,
  NO_HANDLES,
  nodeIds,
  type BoardNode,
  type CardNode,
  type CellNode,
} from './boardNodes';
import { EdgeCache, sameLinks } from './deriveEdges';
import { emotionNode, linkedIds, pointNodes, type Reuse } from './deriveEmotion';
import { BOARD, CARD_WIDTH, type BoardLayout } from './boardGeometry';
import type { CanvasMessage } from './messages';
import { CARD_BOX } from './textMeasure';

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

/** A card's left and right border (the coloured stripe is on the left), for its handles. */
const CARD_BORDERS = { left: CARD_BOX.borderLeft, right: CARD_BOX.border };

/** One shared empty list, so empty cells keep their node identity. */
const NO_CARDS: readonly CardView[] = [];

interface Cached<N> {
  readonly deps: readonly unknown[];
  readonly node: N;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/** A lane × phase cell of the grid, with where it is. */
interface GridCell {
  readonly lane: LaneView;
  readonly phase: PhaseView;
  readonly row: BoardLayout['rows'][number];
  readonly column: BoardLayout['columns'][number];
  readonly key: string;
}

/** The lanes laid out, each with the cells of its row (the reading order of the nodes). */
function gridRows(
  snapshot: MapSnapshot,
  layout: BoardLayout,
): { lane: LaneView; row: GridCell['row']; cells: GridCell[] }[] {
  return snapshot.lanes.flatMap((lane, laneIndex) => {
    const row = layout.rows[laneIndex];
    if (!row) return [];
    const cells = snapshot.phases.flatMap((phase, phaseIndex) => {
      const column = layout.columns[phaseIndex];
      return column ? [{ lane, phase, row, column, key: cellKey(lane.id, phase.id) }] : [];
    });
    return [{ lane, row, cells }];
  });
}

/** The previous derivation, for `patch`. */
interface Derived {
  readonly input: DeriveInput;
  readonly out: BoardNode[];
  /** position of each node in `out`, built when a patch first needs it */
  at: Map<string, number> | null;
}

/** Keeps the previous derivation's nodes and edges to reuse unchanged ones. */
export class NodeCache {
  private nodes = new Map<string, Cached<BoardNode>>();
  private readonly edgeCache = new EdgeCache();
  private last: Derived | null = null;

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
    const patched = this.last ? this.patch(this.last, input) : null;
    if (patched) return patched;
    const { snapshot, layout, readOnly, t } = input;
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
          measured: { width: column.width, height: BOARD.phaseHeaderHeight },
          handles: NO_HANDLES,
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
          measured: { width: BOARD.laneHeaderWidth, height: row.height },
          handles: NO_HANDLES,
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
    const reuse: Reuse = (id, deps, make) => this.reuse(next, id, deps, make);
    let linked: Set<Id> | null = null;
    for (const { lane, row, cells } of gridRows(snapshot, layout)) {
      for (const cell of cells) out.push(...this.cellNodes(next, input, cell));
      if (lane.type === 'emotions') {
        out.push(emotionNode(reuse, lane, row, layout, snapshot, phaseById));
        linked ??= input.compact ? new Set() : linkedIds(snapshot);
        out.push(...pointNodes(reuse, layout, lane.id, linked));
      }
    }

    this.nodes = next;
    this.last = { input, out, at: null };
    return out;
  }

  /**
   * The previous nodes with only the changed cells derived again, or `null` when
   * more than cells changed: the layout, selection, structure or settings, a cell
   * of an emotion lane (its curve spans the row), or a card's links (which decide
   * the emotion points' anchors).
   */
  private patch(last: Derived, input: DeriveInput): BoardNode[] | null {
    const was = last.input;
    const { snapshot } = input;
    if (
      input.layout !== was.layout ||
      input.selected !== was.selected ||
      input.readOnly !== was.readOnly ||
      input.compact !== was.compact ||
      input.t !== was.t ||
      input.lockedLanes !== was.lockedLanes ||
      snapshot.phases !== was.snapshot.phases ||
      snapshot.lanes !== was.snapshot.lanes
    )
      return null;
    const changed: GridCell[] = [];
    if (snapshot.cells !== was.snapshot.cells) {
      for (const { cells } of gridRows(snapshot, input.layout)) {
        for (const cell of cells) {
          const before = was.snapshot.cells.get(cell.key) ?? NO_CARDS;
          const after = snapshot.cells.get(cell.key) ?? NO_CARDS;
          if (before === after) continue;
          if (cell.lane.type === 'emotions' || before.length !== after.length) return null;
          for (let i = 0; i < after.length; i++) {
            if (before[i]!.id !== after[i]!.id || !sameLinks(before[i], after[i])) return null;
          }
          changed.push(cell);
        }
      }
    }
    if (!changed.length) {
      this.last = { ...last, input };
      return last.out;
    }
    const at = (last.at ??= new Map(last.out.map((node, i) => [node.id, i])));
    const out = last.out.slice();
    for (const cell of changed) {
      // the cached entries of these cells are replaced in place: same ids as before
      for (const node of this.cellNodes(this.nodes, input, cell)) {
        const i = at.get(node.id);
        if (i === undefined) return null;
        out[i] = node;
      }
    }
    this.last = { input, out, at };
    return out;
  }

  /** A cell's node followed by its card nodes (none in an emotion lane or when compact). */
  private cellNodes(
    next: Map<string, Cached<BoardNode>>,
    input: DeriveInput,
    { lane, phase, row, column, key }: GridCell,
  ): BoardNode[] {
    const { snapshot, layout, selected, readOnly, compact, t } = input;
    const editable = !readOnly && !(input.lockedLanes ?? NO_LANES).has(lane.id);
    const cards = snapshot.cells.get(key) ?? NO_CARDS;
    const id = nodeIds.cell(lane.id, phase.id);
    const out: BoardNode[] = [
      this.reuse(
        next,
        id,
        // bars (compact) depend on every card of the cell; otherwise only the count shows
        [lane, phase, column.x, row.y, row.height, compact ? cards : cards.length, readOnly, t],
        (): CellNode => ({
          id,
          type: 'cell',
          position: { x: column.x, y: row.y },
          width: column.width,
          height: row.height,
          measured: { width: column.width, height: row.height },
          handles: NO_HANDLES,
          data: {
            lane,
            phase,
            count: cards.length,
            bars: compact && lane.type !== 'emotions' ? bars(cards, layout, row.y) : null,
          },
          draggable: false,
          selectable: false,
          connectable: false,
          ariaLabel: t('cellLabel', { lane: lane.name, phase: phase.name, count: cards.length }),
          zIndex: 0,
        }),
      ),
    ];
    if (lane.type === 'emotions' || compact) return out;
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
            // known size and handles up front: React Flow shows the node without measuring it first
            measured: { width: box.width, height: box.height },
            handles: linkHandles(box.width, box.height, CARD_BORDERS),
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
    return out;
  }

  /** Edges for card links whose both ends are drawn (see EdgeCache). */
  deriveEdges(snapshot: MapSnapshot, layout: BoardLayout, compact: boolean) {
    return this.edgeCache.deriveEdges(snapshot, layout, compact);
  }
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
