/**
 * Undo/redo of this user's commands only. The undo manager tracks LOCAL_ORIGIN
 * alone, so remote edits (relay, peers, storage) are never reverted. Every
 * command is its own step, except inside an open group (an editing session:
 * typing that reaches the document every few hundred milliseconds is still ONE
 * step from opening the editor to closing it).
 */
import * as Y from 'yjs';
import { stampUpdatedAt } from './command';
import { actionsRoot, cardsRoot, editsRoot, lanesRoot, metaMap, phasesRoot } from './roots';
import { LOCAL_ORIGIN } from './origins';

/** An open editing session of the undo history (see UndoController.beginGroup). */
export interface UndoGroup {
  /** Close the group: the next command starts a new step. Idempotent. */
  end(): void;
  /**
   * Close the group and take back everything it wrote, leaving no step behind
   * (an abandoned new card, a field whose edit was thrown away). Remote edits
   * made meanwhile stay.
   */
  cancel(): void;
}

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
  /**
   * Open a group: this user's commands until `end()` merge into ONE undo step.
   * One group at a time — opening another, undo and redo close the open one.
   */
  beginGroup(): UndoGroup;
  destroy(): void;
}

/** An undo controller over the map content (not the workshop root). */
export function createUndoManager(doc: Y.Doc): UndoController {
  // captureTimeout is unbounded: whether a change merges is decided by stopCapturing
  // alone (after every command outside a group), never by the clock
  const manager = new Y.UndoManager(
    [
      metaMap(doc),
      phasesRoot(doc),
      lanesRoot(doc),
      cardsRoot(doc),
      actionsRoot(doc),
      editsRoot(doc),
    ],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: Number.POSITIVE_INFINITY },
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

  /** the open group and the stack item its first write created */
  let open: { item: unknown } | null = null;
  const remember = (event: { stackItem: unknown; type: 'undo' | 'redo' }): void => {
    if (open && open.item === null && event.type === 'undo') open.item = event.stackItem;
  };
  manager.on('stack-item-added', remember);

  // Outside a group, a new command must never merge into the previous step.
  // Runs after the manager's own handler (registered first), so it splits AFTER
  // the transaction was captured.
  const split = (tr: Y.Transaction): void => {
    if (tr.origin === LOCAL_ORIGIN && !open) manager.stopCapturing();
  };
  doc.on('afterTransaction', split);

  const close = (): void => {
    open = null;
    manager.stopCapturing();
  };
  // An undo is a change too: "last change" moves on. The stamp lives outside
  // the manager's scope, so this write is no step of its own.
  const stamped = (done: boolean): boolean => {
    if (done) doc.transact(() => stampUpdatedAt(doc), LOCAL_ORIGIN);
    return done;
  };
  let destroyed = false;
  return {
    undo: () => {
      if (destroyed) return false;
      close();
      return stamped(manager.undo() !== null);
    },
    redo: () => {
      if (destroyed) return false;
      close();
      return stamped(manager.redo() !== null);
    },
    canUndo: () => !destroyed && manager.canUndo(),
    canRedo: () => !destroyed && manager.canRedo(),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    stopCapturing: () => manager.stopCapturing(),
    beginGroup() {
      close();
      const group = { item: null as unknown };
      open = group;
      return {
        end() {
          if (open === group) close();
        },
        cancel() {
          if (open === group) close();
          const top = manager.undoStack[manager.undoStack.length - 1];
          if (destroyed || group.item === null || top !== group.item) return;
          manager.undo();
          // the reverted group is no step the user could redo either
          manager.redoStack.pop();
          notify();
        },
      };
    },
    destroy() {
      destroyed = true;
      open = null;
      doc.off('afterTransaction', split);
      for (const name of events) manager.off(name, notify);
      manager.off('stack-item-added', remember);
      listeners.clear();
      manager.destroy();
    },
  };
}
