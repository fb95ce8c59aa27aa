/** Whether the local undo history can undo/redo, for the toolbar buttons. */
import { useCallback, useSyncExternalStore } from 'react';
import type { UndoController } from '../../doc';

export function useUndoState(undo: UndoController): { canUndo: boolean; canRedo: boolean } {
  const subscribe = useCallback((fn: () => void) => undo.subscribe(fn), [undo]);
  const canUndo = useSyncExternalStore(subscribe, () => undo.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => undo.canRedo());
  return { canUndo, canRedo };
}
