/**
 * The board's secondary parts (minimap, workshop strip, presence layer, card overlays)
 * mount only once the board has painted with its nodes: their chunks then load and
 * evaluate after the first paint instead of inside it. React Flow knows its size only
 * after its first commit (its resize handler runs in an effect) and draws no node
 * before; the parts wait for that size, then for one painted frame.
 */
import { useStore } from '@xyflow/react';
import { createContext, useContext, useEffect, useState } from 'react';

/** A page without layout (a test DOM) never gets a size: nothing to wait for there. */
function hasLayout(): boolean {
  return typeof document !== 'undefined' && document.documentElement.clientWidth > 0;
}

/** A board that never gets a size (hidden, collapsed) still gets its parts after this. */
const AT_THE_LATEST_MS = 1_000;

/** true from the frame after the board first painted at its size (inside a ReactFlowProvider). */
export function useBoardPainted(): boolean {
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  const [painted, setPainted] = useState(false);
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), AT_THE_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  const ready = sized || late || !hasLayout();
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // a task queued from the frame's callback runs after that frame is painted
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/**
 * Whether the board around a node has painted once (`useBoardPainted`), for the parts
 * of a node nobody sees on the first frame (a header's tools, shown on hover or focus):
 * they mount right after it, so the first paint builds fewer elements. Outside a board
 * (a node rendered alone) everything shows at once.
 */
const BoardPaintedContext = createContext(true);
export const BoardPaintedProvider = BoardPaintedContext.Provider;

export function useBoardPaintedOnce(): boolean {
  return useContext(BoardPaintedContext);
}
