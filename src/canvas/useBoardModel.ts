/**
 * The board's derived state: layout from the snapshot and measured card sizes,
 * nodes and edges with stable identity, and drag positions that live only for
 * the length of a gesture.
 */
import type { Edge, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import type { Translate } from '../ui/i18n';
import { useUiStore } from '../ui/session/uiStore';
import { NodeCache, parseNodeId, type BoardNode } from './deriveNodes';
import { estimateCardHeight, layoutBoard, type BoardLayout } from './layout';
import type { CanvasMessage } from './messages';

type Size = { width: number; height: number };

export interface BoardModel {
  readonly layout: BoardLayout;
  readonly nodes: BoardNode[];
  readonly edges: Edge[];
  readonly onNodesChange: (changes: NodeChange<BoardNode>[]) => void;
  /** forget the positions of the finished gesture (the document has the result) */
  readonly endDrag: () => void;
}

export function useBoardModel(snapshot: MapSnapshot, readOnly: boolean, t: Translate<CanvasMessage>): BoardModel {
  const cache = useRef<NodeCache>(null);
  cache.current ??= new NodeCache();
  const [measured, setMeasured] = useState<ReadonlyMap<Id, Size>>(() => new Map());
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const selectedIds = useUiStore((s) => s.selectedCardIds);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const layout = useMemo(
    () =>
      layoutBoard({
        phases: snapshot.phases,
        lanes: snapshot.lanes,
        cells: snapshot.cells,
        cardHeight: (card, laneType) => measured.get(card.id)?.height ?? estimateCardHeight(card, laneType),
      }),
    [snapshot.phases, snapshot.lanes, snapshot.cells, measured],
  );

  const derived = useMemo(
    () => cache.current!.deriveNodes({ snapshot, layout, selected, measured, readOnly, t }),
    [snapshot, layout, selected, measured, readOnly, t],
  );
  const edges = useMemo(() => cache.current!.deriveEdges(snapshot, layout), [snapshot, layout]);

  const nodes = useMemo(() => {
    if (!dragged) return derived;
    return derived.map((node) => {
      const at = dragged.get(node.id);
      return at ? { ...node, position: at } : node;
    });
  }, [derived, dragged]);

  const onNodesChange = useCallback((changes: NodeChange<BoardNode>[]) => {
    let sizes: Map<Id, Size> | null = null;
    let moves: Map<string, XYPosition> | null = null;
    let selection: { add: Id[]; remove: Set<Id> } | null = null;
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) {
        const parsed = parseNodeId(change.id);
        if (parsed.kind !== 'card') continue;
        sizes ??= new Map();
        sizes.set(change.id, change.dimensions);
      } else if (change.type === 'position' && change.position && change.dragging) {
        const parsed = parseNodeId(change.id);
        // headers slide along their axis only
        const position =
          parsed.kind === 'phase'
            ? { x: change.position.x, y: 0 }
            : parsed.kind === 'lane'
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
      setMeasured((prev) => {
        let next: Map<Id, Size> | null = null;
        for (const [id, size] of updates) {
          const old = prev.get(id);
          // sub-pixel jitter must not re-lay the board out
          if (old && Math.abs(old.height - size.height) < 0.5 && Math.abs(old.width - size.width) < 0.5) continue;
          next ??= new Map(prev);
          next.set(id, { width: size.width, height: size.height });
        }
        return next ?? prev;
      });
    }
    if (moves) {
      const updates = moves;
      setDragged((prev) => new Map([...(prev ?? []), ...updates]));
    }
    if (selection) {
      const ui = useUiStore.getState();
      const { add, remove } = selection;
      const kept = ui.selectedCardIds.filter((id) => !remove.has(id));
      ui.selectCards([...kept, ...add.filter((id) => !kept.includes(id))]);
    }
  }, []);

  const endDrag = useCallback(() => setDragged(null), []);

  return { layout, nodes, edges, onNodesChange, endDrag };
}

