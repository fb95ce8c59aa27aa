/**
 * Everything of the workshop that lives INSIDE the React Flow board (mount it as
 * a child of <ReactFlow>): publishes my pointer, viewport and drags; draws the
 * others' cursors and drag ghosts in flow coordinates (right at any zoom); moves
 * my camera when I follow someone; and the present/follow strip at the bottom.
 */
import { Panel, ViewportPortal } from '@xyflow/react';
import './workshop.css';
import { useWorkshopOptional } from './WorkshopContext';
import { usePublishLocalPresence } from './usePublishLocalPresence';
import { RemoteCursors } from './RemoteCursors';
import { DragGhosts } from './DragGhosts';
import { useFollowCamera } from './useFollowCamera';
import { PresentStrip } from './PresentStrip';

function LiveLayer() {
  usePublishLocalPresence();
  useFollowCamera();
  return (
    <>
      <ViewportPortal>
        <DragGhosts />
        <RemoteCursors />
      </ViewportPortal>
      <Panel position="bottom-center" className="jb-ws-present-panel">
        <PresentStrip />
      </Panel>
    </>
  );
}

export function PresenceLayer() {
  const w = useWorkshopOptional();
  if (!w?.live) return null;
  return <LiveLayer />;
}
