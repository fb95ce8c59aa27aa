/**
 * Opens a map "with the card selected and in view" for links such as the insights
 * view's (`/map/<id>#card=<cardId>`): once the board shows, the card is selected,
 * panned to and focused, and the fragment leaves the address bar.
 */
import { useEffect } from 'react';
import { focusNode } from '../canvas/focus';
import { useUiStoreApi } from '../session/uiStore';

/** The card id of a `#card=<id>` fragment, or null. */
export function cardFromHash(hash: string): string | null {
  const m = /^#card=([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return m?.[1] ?? null;
}

export function RevealCard({ mapId }: { mapId: string }) {
  const ui = useUiStoreApi();
  useEffect(() => {
    const cardId = cardFromHash(window.location.hash);
    if (!cardId) return;
    let tries = 0;
    // the board renders a frame or more after the session: wait for its first node
    const timer = window.setInterval(() => {
      const ready = document.querySelector('.react-flow__node') !== null;
      if (!ready && ++tries < 100) return;
      window.clearInterval(timer);
      ui.getState().selectCards([cardId]);
      focusNode(ui, cardId, { now: true });
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', pathname + search);
    }, 50);
    return () => window.clearInterval(timer);
  }, [mapId, ui]);
  return null;
}
