/** Where the inline editors of a card (its node, its emotion point) read and write its text. */
import { useMemo } from 'react';
import { recordCardText, setCardText } from '../../doc';
import { useMapSession } from '../../session/MapSession';
import type { TypingTarget } from '../../session/typing';
import { useUiStoreApi, type UiStore } from '../../session/uiStore';
import { attempt } from '../../session/notices';

/** The typing target of card `id`: its text in the current snapshot, written with setCardText. */
export function useCardTextTarget(id: string): TypingTarget {
  const { doc, store } = useMapSession();
  const notices = useUiStoreApi().getState().notices;
  return useMemo(
    () => ({
      read: () => store.getSnapshot().cards.get(id)?.text ?? '',
      write: (text: string) =>
        void attempt(notices, () => setCardText(doc, id, text, { record: false })),
      finish: () => void attempt(notices, () => recordCardText(doc, id)),
    }),
    [doc, store, id, notices],
  );
}

/** Ends inline editing of `id` when its editor went away with its node (the text is saved). */
export function stopEditingCard(ui: UiStore, id: string): void {
  if (ui.getState().editingCardId === id) ui.getState().stopEditing();
}
