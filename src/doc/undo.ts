/**
 * Undo/redo of this user's commands only. The undo manager tracks LOCAL_ORIGIN
 * alone, so remote edits (relay, peers, storage) are never reverted, and with
 * captureTimeout 0 every command is its own step.
 */
import * as Y from 'yjs';
import { actionsRoot, cardsRoot, lanesRoot, metaMap, phasesRoot } from './layout';
import { LOCAL_ORIGIN } from './origins';

/** What the UI needs from undo: one step per command, change notifications. */
export interface UndoController {
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** `fn` runs whenever the undo or redo stack changes; returns unsubscribe. */
  subscribe(fn: () => void): () => void;
  /** Start a new step even if the next change comes quickly. */
  stopCapturing(): void;
  destroy(): void;
}

/** An undo controller over the map content (not the workshop root). */
export function createUndoManager(doc: Y.Doc): UndoController {
  const manager = new Y.UndoManager(
    [metaMap(doc), phasesRoot(doc), lanesRoot(doc), cardsRoot(doc), actionsRoot(doc)],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 },
  );
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const fn of [...listeners]) fn();
  };
  const events = [
    'stack-item-added',
    'stack-item-popped',
    'stack-cleared',
    'stack-item-updated',
  ] as const;
  for (const name of events) manager.on(name, notify);
  // A new command must never merge into the previous step, whatever the clock says.
  const split = (tr: Y.Transaction): void => {
    if (tr.origin === LOCAL_ORIGIN) manager.stopCapturing();
  };
  doc.on('afterTransaction', split);
  let destroyed = false;
  return {
    undo: () => !destroyed && manager.undo() !== null,
    redo: () => !destroyed && manager.redo() !== null,
    canUndo: () => !destroyed && manager.canUndo(),
    canRedo: () => !destroyed && manager.canRedo(),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    stopCapturing: () => manager.stopCapturing(),
    destroy() {
      destroyed = true;
      doc.off('afterTransaction', split);
      for (const name of events) manager.off(name, notify);
      listeners.clear();
      manager.destroy();
    },
  };
}
