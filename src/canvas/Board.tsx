/**
 * The journey-map board on React Flow: phase columns, lane rows, cards in cells,
 * the emotion curve and card links. Gestures end in ONE document command at the
 * drop; everything in between lives in local state.
 */
import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type Node,
  type NodeTypes,
  type OnNodeDrag,
} from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
import { linkCards, moveCard, moveCards, moveLane, movePhase } from '../doc';
import { useT } from '../i18n';
import { useMapSession, useSnapshot } from '../session/MapSession';
import { useUiStoreApi } from '../session/uiStore';
import { useCamera } from './camera';
import './canvas.css';
import { parseNodeId, type BoardNode } from './deriveNodes';
import { dropCommand } from './drop';
import { useKeepSelectionInView } from './keepInView';
import { isPointerFocus, notePointerDown, revealFocused } from './focus';
import { COMPACT_ZOOM } from './boardGeometry';
import { canvasMessages } from './messages';
import { CardNode } from './nodes/CardNode';
import { CellNode } from './nodes/CellNode';
import { EmotionCurveNode } from './nodes/EmotionCurveNode';
import { LaneHeaderNode, PhaseHeaderNode } from './nodes/HeaderNode';
import { PointNode } from './nodes/PointNode';
import { attempt } from '../session/notices';
import { DraftCard } from './DraftCard';
import { Overview } from './LazyOverview';
import { FIT_PADDING } from './overlayBounds';
import { StickyHeaders } from './StickyHeaders';
import { LANE_CSS } from './laneStyles';
import { useCanvasSlots } from './slots';
import { useBoardModel } from './useBoardModel';
import { useCulledNodes } from './useCulledNodes';
import { BoardPaintedProvider, useBoardPainted } from './afterPaint';
import { fittedViewport, useFirstView } from './firstView';

const nodeTypes: NodeTypes = {
  card: CardNode,
  cell: CellNode,
  phase: PhaseHeaderNode,
  lane: LaneHeaderNode,
  emotion: EmotionCurveNode,
  point: PointNode,
};

/** Where the pointer was released: the drop goes where the user points, not where the frame last drew. */
function pointerOf(event: MouseEvent | TouchEvent): { x: number; y: number } | null {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : null;
  }
  return { x: event.clientX, y: event.clientY };
}

function middle(node: Node): { x: number; y: number } {
  const width = node.measured?.width ?? node.width ?? 0;
  const height = node.measured?.height ?? node.height ?? 0;
  return { x: node.position.x + width / 2, y: node.position.y + height / 2 };
}

/** A map that would open smaller than this opens at a readable zoom instead of fitted. */
const MIN_FIT_ZOOM = 0.45;

// React Flow copies changed props into its store, and every store change re-runs all of
// its selectors (over every node): props keep their identity across board renders
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1 };
const MIN_ZOOM = 0.05;
const FIRST_FIT = { padding: FIT_PADDING, minZoom: MIN_ZOOM, maxZoom: 1 };
const PRO_OPTIONS = { hideAttribution: true };

/**
 * Memoised: the screen around it re-renders on every sync-state change (twice per
 * edit: sent, then confirmed), the board only when its own inputs change.
 */
export const Board = memo(function Board() {
  const { doc, readOnly, store, lockedLanes } = useMapSession();
  const uiStore = useUiStoreApi();
  const clearSelection = useCallback(() => uiStore.getState().clearSelection(), [uiStore]);
  const snapshot = useSnapshot((s) => s);

  const t = useT(canvasMessages);
  const slots = useCanvasSlots();
  // a boolean selector: the board re-renders when the zoom crosses the threshold, not on every frame
  const rf = useReactFlow();
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  const model = useBoardModel(snapshot, { readOnly, lockedLanes, compact, t });
  const painted = useBoardPainted();
  const { layout, endDrag } = model;
  // a big board hands React Flow only the nodes around the view (cullNodes.ts)
  const nodes = useCulledNodes(model.nodes, model.edges);
  useCamera(layout);
  useKeepSelectionInView(layout);
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': t('controls'),
      'controls.zoomIn.ariaLabel': t('zoomIn'),
      'controls.zoomOut.ariaLabel': t('zoomOut'),
      'controls.fitView.ariaLabel': t('fitView'),
      'minimap.ariaLabel': t('minimap'),
    }),
    [t],
  );

  const onNodeDragStop: OnNodeDrag<BoardNode> = useCallback(
    (event, node, dragged) => {
      const ids = dragged.filter((n) => n.type === 'card').map((n) => n.id);
      // cards land where the pointer is; headers slot in by their middle, like a sortable list
      const pointer = node.type === 'card' ? pointerOf(event) : null;
      const at = pointer ? rf.screenToFlowPosition(pointer) : middle(node);
      const snap = store.getSnapshot();
      const command = dropCommand(layout, snap, node.id, at, ids);
      if (command?.kind === 'moveCards' && lockedLanes?.has(command.laneId)) {
        const lane = snap.lanes.find((l) => l.id === command.laneId);
        uiStore
          .getState()
          .notices.getState()
          .push(t('laneLocked', { lane: lane?.name ?? '' }), 'error');
      } else if (command) {
        attempt(uiStore.getState().notices, () => {
          if (command.kind !== 'moveCards') {
            if (command.kind === 'movePhase') movePhase(doc, command.id, command.toIndex);
            else moveLane(doc, command.id, command.toIndex);
          } else if (command.ids.length === 1) moveCard(doc, command.ids[0]!, command);
          else moveCards(doc, command.ids, command);
        });
      }
      endDrag();
    },
    [doc, store, layout, endDrag, rf, lockedLanes, t, uiStore],
  );

  // open small maps fitted to the screen; big ones at a readable zoom, top left (F fits them)
  const [initialView] = useState(() => {
    const zoom = Math.min(window.innerWidth / layout.width, window.innerHeight / layout.height);
    return zoom >= MIN_FIT_ZOOM ? null : { x: 8, y: 8, zoom: 0.75 };
  });
  // React Flow mounts once the board's box is measured, at its first view (firstView.ts)
  const box = useRef<HTMLDivElement>(null);
  const first = useFirstView(
    box,
    (width, height) => initialView ?? fittedViewport(model.nodes, width, height, FIRST_FIT),
    // a big board's nodes depend on the view (cullNodes.ts): React Flow adopts them itself
    nodes === model.nodes ? { nodes, edges: model.edges } : null,
  );
  const viewport = first?.viewport ?? initialView;

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      if (
        parseNodeId(connection.source).kind !== 'card' ||
        parseNodeId(connection.target).kind !== 'card'
      )
        return;
      attempt(uiStore.getState().notices, () =>
        linkCards(doc, connection.source, connection.target),
      );
    },
    [doc, uiStore],
  );

  const onNodeClick = useCallback(
    (event: React.MouseEvent, node: Node) => {
      const parsed = parseNodeId(node.id);
      if (parsed.kind === 'cell')
        uiStore.getState().selectCell({ laneId: parsed.laneId, phaseId: parsed.phaseId });
      else if (parsed.kind === 'card' && !(event.shiftKey || event.metaKey || event.ctrlKey)) {
        uiStore.getState().selectCards([node.id]);
      }
    },
    [uiStore],
  );

  // keyboard focus follows selection, so Tab + N/Enter/Delete act on what has focus. A
  // press focuses the node before React Flow's click handler runs: the click owns the
  // selection then (Shift+click adds), or it would find the card selected and drop it.
  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const target = event.target;
      if (!target.classList.contains('react-flow__node')) return;
      const id = target.dataset.id;
      if (!id || isPointerFocus(uiStore)) return;
      const parsed = parseNodeId(id);
      const ui = uiStore.getState();
      if (parsed.kind === 'card' && !ui.selectedCardIds.includes(id)) ui.selectCards([id]);
      if (parsed.kind === 'cell') ui.selectCell({ laneId: parsed.laneId, phaseId: parsed.phaseId });
      revealFocused(uiStore, id);
    },
    [uiStore],
  );

  // one frame-less commit: measured in a layout effect, rendered again before any paint
  // the lane styles are in from this commit on: added later, they would restyle the page
  if (!first)
    return (
      <div ref={box} className="jb-board">
        <style>{LANE_CSS}</style>
      </div>
    );
  return (
    <div
      ref={box}
      className="jb-board"
      onFocus={onFocus}
      onPointerDownCapture={() => notePointerDown(uiStore)}
      data-readonly={readOnly || undefined}
    >
      <style>{LANE_CSS}</style>
      <BoardPaintedProvider value={painted}>
        <ReactFlow<BoardNode>
          nodes={nodes}
          edges={model.edges}
          nodeTypes={nodeTypes}
          onNodesChange={model.onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onNodeClick={onNodeClick}
          onPaneClick={clearSelection}
          onlyRenderVisibleElements
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesFocusable={false}
          disableKeyboardA11y
          deleteKeyCode={null}
          multiSelectionKeyCode="Shift"
          selectionKeyCode="Shift"
          zoomOnDoubleClick={false}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          fitView={viewport === null}
          {...(viewport ? { defaultViewport: viewport } : {})}
          fitViewOptions={FIT_VIEW_OPTIONS}
          nodeDragThreshold={3}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
        >
          <DraftCard layout={layout} />
          <StickyHeaders layout={layout} phases={snapshot.phases} lanes={snapshot.lanes} />
          {painted && <Overview layout={layout} label={t('minimap')} />}
          <Controls
            showInteractive={false}
            orientation="horizontal"
            fitViewOptions={FIT_VIEW_OPTIONS}
          />
          {slots.layer}
        </ReactFlow>
      </BoardPaintedProvider>
    </div>
  );
});
