/**
 * What the views above the canvas plug into the board without the canvas knowing
 * them: a layer inside React Flow (presence, cursors, follow) and an overlay per card
 * (remote editing, locks, votes). The canvas renders the slots; `ui/` fills them.
 * Keeps the import direction canvas ← ui (never canvas → ui).
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

export interface CanvasSlots {
  /** Rendered inside <ReactFlow>, so it can read the viewport. */
  readonly layer?: ReactNode;
  /** Rendered inside every card node. */
  readonly CardOverlay?: ComponentType<{ cardId: string }>;
}

const NO_SLOTS: CanvasSlots = {};
const SlotsContext = createContext<CanvasSlots>(NO_SLOTS);

export const CanvasSlotsProvider = SlotsContext.Provider;

export function useCanvasSlots(): CanvasSlots {
  return useContext(SlotsContext);
}
