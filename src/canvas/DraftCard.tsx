/**
 * The editor of a new card: it floats where the card goes. The card enters the
 * document with the first text that reaches it (within TYPING_FLUSH_MS of the
 * first keystroke), and adding plus typing stay ONE undo step. Closing it empty
 * takes the card back: an abandoned draft leaves nothing, not even an undo step.
 */
import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { addCard, setCardText } from '../doc';
import { cellKey } from '../model/snapshot';
import { isLaneReadOnly, useMapSession } from '../session/MapSession';
import type { TypingTarget } from '../session/typing';
import { useUiStore, useUiStoreApi } from '../session/uiStore';
import { nodeIds } from './deriveNodes';
import { focusNode } from './focus';
import { CARD_WIDTH, insertionPoint, type BoardLayout } from './boardGeometry';
import { CardTextEditor } from './nodes/CardTextEditor';
import { attempt } from '../session/notices';

export function DraftCard({ layout }: { layout: BoardLayout }) {
  const draft = useUiStore((s) => s.draft);
  const session = useMapSession();
  const uiStore = useUiStoreApi();
  const { doc, store } = session;
  const target = useMemo<TypingTarget>(
    () => ({
      read: () => {
        const id = uiStore.getState().draft?.cardId;
        return (id && store.getSnapshot().cards.get(id)?.text) || '';
      },
      write: (text) => {
        const current = uiStore.getState().draft;
        if (!current) return;
        if (current.cardId)
          return void attempt(uiStore.getState().notices, () =>
            setCardText(doc, current.cardId!, text),
          );
        const { laneId, phaseId, index } = current;
        // required typed fields (an emotion's score, a KPI) get their defaults in the doc layer
        const id = attempt(uiStore.getState().notices, () =>
          addCard(doc, { laneId, phaseId, text, ...(index === undefined ? {} : { index }) }),
        );
        if (id) uiStore.getState().setDraftCard(id);
      },
    }),
    [doc, store, uiStore],
  );
  if (!draft || isLaneReadOnly(session, draft.laneId)) return null;
  const { laneId, phaseId, index, cardId } = draft;
  // once written, the card has its own box in the layout, under this editor
  const box = cardId ? layout.cards.get(cardId) : undefined;
  const cell = (store.getSnapshot().cells.get(cellKey(laneId, phaseId)) ?? []).filter(
    (c) => c.id !== cardId,
  );
  const at =
    box ??
    insertionPoint(
      layout,
      cell.map((c) => c.id),
      laneId,
      phaseId,
      index,
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
          key={`${laneId}:${phaseId}:${index ?? 'end'}`}
          live={(cardId && store.getSnapshot().cards.get(cardId)?.text) || ''}
          target={target}
          discardEmpty
          focusAfter={() => null}
          onDone={(kept, reason) => {
            const id = uiStore.getState().draft?.cardId;
            uiStore.getState().endDraft();
            if (kept && id) uiStore.getState().selectCards([id]);
            // the keyboard user goes on from the new card, or from the cell without one
            if (reason === 'key')
              focusNode(uiStore, kept && id ? id : nodeIds.cell(laneId, phaseId));
          }}
        />
      </div>
    </ViewportPortal>
  );
}
