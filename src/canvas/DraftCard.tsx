/**
 * The editor of a card that is not in the document yet: it floats where the new
 * card will go, and the card is added (one command, one undo step) when typing
 * ends with some text. An empty draft adds nothing.
 */
import { ViewportPortal } from '@xyflow/react';
import { cellKey } from '../model/snapshot';
import { isLaneReadOnly, useMapSession } from '../ui/session/MapSession';
import { useUiStore } from '../ui/session/uiStore';
import { commitDraft } from './actions';
import { nodeIds } from './deriveNodes';
import { focusNode } from './focus';
import { CARD_WIDTH, insertionPoint, type BoardLayout } from './layout';
import { CardTextEditor } from './nodes/CardTextEditor';

export function DraftCard({ layout }: { layout: BoardLayout }) {
  const draft = useUiStore((s) => s.draft);
  const session = useMapSession();
  const { doc, store } = session;
  if (!draft || isLaneReadOnly(session, draft.laneId)) return null;
  const cell = store.getSnapshot().cells.get(cellKey(draft.laneId, draft.phaseId)) ?? [];
  const at = insertionPoint(
    layout,
    cell.map((c) => c.id),
    draft.laneId,
    draft.phaseId,
    draft.index,
  );
  if (!at) return null;
  return (
    <ViewportPortal>
      <div
        className="jb-card jb-card--draft nodrag nopan nowheel"
        style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: CARD_WIDTH }}
        data-draft="true"
      >
        <CardTextEditor
          key={`${draft.laneId}:${draft.phaseId}:${draft.index ?? 'end'}`}
          initial=""
          focusAfter={() => null}
          onCommit={(text) => {
            // the new card takes the focus; without one, the cell gets it back
            if (!commitDraft(doc, text)) focusNode(nodeIds.cell(draft.laneId, draft.phaseId));
          }}
        />
      </div>
    </ViewportPortal>
  );
}
