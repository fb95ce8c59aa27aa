/**
 * The board's derived state: layout from the snapshot and card heights, nodes and
 * edges with stable identity, and drag positions that live only for the length
 * of a gesture (the document is written once, at the drop).
 */
import type { Edge, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CardView, MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import type { Translate } from '../i18n';
import { useUiStore, useUiStoreApi } from '../session/uiStore';
import { NodeCache, parseNodeId, type BoardNode } from './deriveNodes';
import { edgesOfSelection } from './deriveEdges';
import { layoutBoard, relayoutBoard, type BoardLayout, type LayoutInput } from './boardGeometry';
import type { CanvasMessage } from './messages';
import { createCardHeights } from './textMeasure';

/** A card's DOM height, valid only for the card object it was measured on. */
interface Measured {
  readonly card: CardView;
  readonly height: number;
}

export interface BoardModel {
  readonly layout: BoardLayout;
  readonly nodes: BoardNode[];
  readonly edges: Edge[];
  readonly onNodesChange: (changes: NodeChange<BoardNode>[]) => void;
  /** forget the positions of the finished gesture (the document has the result) */
  readonly endDrag: () => void;
}

function bodyFont(): string {
  try {
    return getComputedStyle(document.body).fontFamily || 'sans-serif';
  } catch {
    return 'sans-serif';
  }
}

export function useBoardModel(
  snapshot: MapSnapshot,
  options: {
    readOnly: boolean;
    lockedLanes?: ReadonlySet<Id> | undefined;
    compact: boolean;
    t: Translate<CanvasMessage>;
  },
): BoardModel {
  const { readOnly, lockedLanes, compact, t } = options;
  const cache = useRef<NodeCache>(null);
  cache.current ??= new NodeCache();
  const heights = useRef<ReturnType<typeof createCardHeights>>(null);
  heights.current ??= createCardHeights(bodyFont());
  const current = useRef(snapshot);
  current.current = snapshot;
  const [measured, setMeasured] = useState<ReadonlyMap<Id, Measured>>(() => new Map());
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const selectedIds = useUiStore((s) => s.selectedCardIds);
  const uiStore = useUiStoreApi();
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const laidOut = useRef<{ input: LayoutInput; layout: BoardLayout; measured: unknown } | null>(
    null,
  );
  const layout = useMemo(() => {
    const computed = heights.current!;
    const input: LayoutInput = {
      phases: snapshot.phases,
      lanes: snapshot.lanes,
      cells: snapshot.cells,
      cardHeight: (card, laneType) => {
        const height = computed(card as CardView, laneType);
        // the DOM only ever corrects upwards (cards have min-height = the computed height)
        const m = measured.get(card.id);
        return m && m.card === card && m.height > height ? m.height : height;
      },
    };
    const last = laidOut.current;
    // new DOM heights can move any card: then everything is laid out again
    const next =
      last && last.measured === measured
        ? relayoutBoard(last.input, last.layout, input)
        : layoutBoard(input);
    laidOut.current = { input, layout: next, measured };
    return next;
  }, [snapshot.phases, snapshot.lanes, snapshot.cells, measured]);

  const derived = useMemo(
    () =>
      cache.current!.deriveNodes({
        snapshot,
        layout,
        selected,
        readOnly,
        compact,
        t,
        ...(lockedLanes ? { lockedLanes } : {}),
      }),
    [snapshot, layout, selected, readOnly, lockedLanes, compact, t],
  );
  const allEdges = useMemo(
    () => cache.current!.deriveEdges(snapshot, layout, compact),
    [snapshot, layout, compact],
  );
  const edges = useMemo(() => edgesOfSelection(allEdges, selectedIds), [allEdges, selectedIds]);

  const nodes = useMemo(() => {
    if (!dragged) return derived;
    return derived.map((node) => {
      const at = dragged.get(node.id);
      return at ? { ...node, position: at } : node;
    });
  }, [derived, dragged]);

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => {
      let sizes: Map<Id, number> | null = null;
      let moves: Map<string, XYPosition> | null = null;
      let selection: { add: Id[]; remove: Set<Id> } | null = null;
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          if (parseNodeId(change.id).kind !== 'card') continue;
          sizes ??= new Map();
          sizes.set(change.id, change.dimensions.height);
        } else if (change.type === 'position' && change.position && change.dragging) {
          const kind = parseNodeId(change.id).kind;
          // headers slide along their own axis only
          const position =
            kind === 'phase'
              ? { x: change.position.x, y: 0 }
              : kind === 'lane'
                ? { x: 0, y: change.position.y }
                : change.position;
          moves ??= new Map();
          moves.set(change.id, position);
        } else if (change.type === 'select') {
          selection ??= { add: [], remove: new Set() };
          if (change.selected) selection.add.push(change.id);
          else selection.remove.add(change.id);
        }
      }
      if (sizes) {
        const updates = sizes;
        const cards = current.current.cards;
        const boxes = laidOut.current?.layout.cards;
        setMeasured((prev) => {
          let next: Map<Id, Measured> | null = null;
          for (const [id, height] of updates) {
            const card = cards.get(id);
            if (!card) continue;
            const old = prev.get(id);
            // sub-pixel jitter must not lay the board out again
            if (old && old.card === card && Math.abs(old.height - height) < 1) continue;
            // a card as tall as laid out (the usual case) needs no correction: cards
            // entering the view then do not lay the whole board out again
            const box = boxes?.get(id);
            if ((!old || old.card !== card) && box && height < box.height + 1) continue;
            next ??= new Map(prev);
            next.set(id, { card, height });
          }
          return next ?? prev;
        });
      }
      if (moves) {
        const updates = moves;
        setDragged((prev) => new Map([...(prev ?? []), ...updates]));
      }
      if (selection) {
        const ui = uiStore.getState();
        const { add, remove } = selection;
        const kept = ui.selectedCardIds.filter((id) => !remove.has(id));
        ui.selectCards([...kept, ...add.filter((id) => !kept.includes(id))]);
      }
    },
    [uiStore],
  );

  const endDrag = useCallback(() => setDragged(null), []);

  return { layout, nodes, edges, onNodesChange, endDrag };
}
