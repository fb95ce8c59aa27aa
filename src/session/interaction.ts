/**
 * The board's hand-over state between events of one map session: where keyboard
 * focus is on its way to (the board pans first), whether the current focus change
 * came from a pointer press, and whether the editor the user typed in vanished. It
 * lives in the session's view state (`uiStore.ts`, `interaction`), one per map
 * session, so two boards in one page never take each other's focus or key guard.
 * Mutable on purpose: nothing renders from it; `src/canvas/focus.ts` and
 * `src/canvas/keyGuard.ts` read and write it.
 */

export interface PendingFocus {
  readonly id: string;
  /** identifies the focusNode call that set it (a later call takes over) */
  readonly token: object;
  /** the element that had the focus when it was set */
  readonly from: Element | null;
}

export interface BoardInteraction {
  /** the node the focus is on its way to, if any */
  pendingFocus: PendingFocus | null;
  /** a pointer was pressed in the board in this task */
  pointerDown: boolean;
  /** an open text editor was unmounted without being closed by the user */
  editorVanished: boolean;
  /** removes the listeners that end `editorVanished`, while they are installed */
  stopWatching: (() => void) | null;
}

/** A fresh hand-over state (one per map session). */
export function createBoardInteraction(): BoardInteraction {
  return { pendingFocus: null, pointerDown: false, editorVanished: false, stopWatching: null };
}
