/**
 * Keyboard way into the card details and back: Alt+Enter on a card opens the
 * details panel with the focus in it; Escape in the panel returns the focus to
 * that card (a field's Escape first throws its draft away, useDraft).
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { focusNode } from '../../canvas/focus';
import { useUiStoreApi } from '../../session/uiStore';

/** How many frames to wait for the lazily loaded panel to show a field. */
const MAX_FRAMES = 60;
const FIELD = ['input', 'textarea', 'select', 'button:not(.jb-side__close)', '[tabindex="0"]']
  .map((f) => `.jb-side ${f}`)
  .join(', ');

export interface DetailsFocus {
  /** opens the card details for `cardId` and moves the focus into the panel */
  readonly openDetails: (cardId: string) => void;
  /** the panel's keydown: Escape goes back to the card */
  readonly onPanelKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export function useDetailsFocus(): DetailsFocus {
  const uiStore = useUiStoreApi();
  const returnTo = useRef<string | null>(null);

  const openDetails = useCallback(
    (cardId: string) => {
      const ui = uiStore.getState();
      returnTo.current = cardId;
      ui.selectCards([cardId]);
      ui.setOpenPanel('card');
      let frames = 0;
      const attempt = () => {
        const field = document.querySelector<HTMLElement>(FIELD);
        if (field) field.focus();
        else if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [uiStore],
  );

  const onPanelKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const ui = uiStore.getState();
      const card = returnTo.current ?? ui.selectedCardIds[ui.selectedCardIds.length - 1];
      if (!card) return;
      event.preventDefault();
      returnTo.current = null;
      // a frame later: a field that threw its draft away has re-rendered before it blurs
      focusNode(uiStore, card, { fromField: true });
    },
    [uiStore],
  );

  return { openDetails, onPanelKeyDown };
}
