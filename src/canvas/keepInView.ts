/**
 * The pane narrows when a panel opens beside it — selecting a card opens the card
 * inspector on the right. A card the user just selected or was taken to (a
 * `#card=` link, keyboard focus) must not slide out of view under that panel: when
 * the pane shrinks and the primary selected card was wholly in view just before,
 * but no longer is, the board pans the least it can to show it again.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { selectPrimaryCardId, useUiStoreApi } from '../session/uiStore';
import type { BoardLayout } from './boardGeometry';
import { boxInView, nodeBox, revealViewport, showView, viewOf, type View } from './camera';
import type { Box } from './focus';

/** The viewport that shows `box` again after the pane shrank from `before` to `after`, or null to stay. */
export function viewAfterShrink(box: Box, before: View, after: View): View | null {
  const shrank = after.width < before.width || after.height < before.height;
  if (!shrank || after.zoom !== before.zoom) return null;
  // only what the user was looking at: a card already cut off stays where the user left it
  if (!boxInView(box, before) || boxInView(box, after)) return null;
  return revealViewport(box, after, after.zoom);
}

/** Keeps the primary selected card in view while panels open and close beside the board. */
export function useKeepSelectionInView(layout: BoardLayout): void {
  const store = useStoreApi();
  const ui = useUiStoreApi();
  const current = useRef(layout);
  current.current = layout;
  useEffect(() => {
    let last = viewOf(store.getState());
    return store.subscribe((state) => {
      const before = last;
      last = viewOf(state);
      if (last.width === before.width && last.height === before.height) return;
      const id = selectPrimaryCardId(ui.getState());
      const box = id ? nodeBox(current.current, id) : null;
      const next = box ? viewAfterShrink(box, before, last) : null;
      if (next) showView(state, next);
    });
  }, [store, ui]);
}
