/**
 * Keyboard focus on board nodes. React Flow renders only the nodes in view, so a
 * node the focus should go to may not exist in the DOM: the board then pans to
 * its layout box first and focuses it once it is rendered. The camera and the focus
 * hand-over (`interaction`: pending focus, pointer press) belong to the map session
 * (its ui store), so each function takes that session's store and looks for nodes in
 * that session's board only.
 */
import type { BoardCamera } from '../session/boardCamera';
import type { UiStore } from '../session/uiStore';

export type { BoardCamera, Box } from '../session/boardCamera';

/** The board lends its camera to its map session's view state while it is shown; returns unregister. */
export function registerCamera(ui: UiStore, next: BoardCamera): () => void {
  ui.getState().setCamera(next);
  return () => {
    if (ui.getState().camera === next) ui.getState().setCamera(null);
  };
}

/** How many frames to wait for a revealed node to render before giving up. */
const MAX_FRAMES = 30;

function isTyping(): boolean {
  const active = document.activeElement;
  return (
    active instanceof HTMLElement && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')
  );
}

function findNode(ui: UiStore, id: string): HTMLElement | null {
  const key = CSS.escape(id);
  // this session's board only: another board in the page may show the same ids
  const root: ParentNode = ui.getState().camera?.root?.() ?? document;
  // emotion cards are points of their lane's curve, not nodes of their own
  return (
    root.querySelector<HTMLElement>(`.react-flow__node[data-id="${key}"]`) ??
    root.querySelector<HTMLElement>(`.jb-emotion__point[data-card-id="${key}"]`)
  );
}

/**
 * The node the focus is on its way to in this session's board (it pans there first),
 * if any: a key pressed meanwhile acts from there, so quick presses each count.
 */
export function pendingFocus(ui: UiStore): string | null {
  const pending = ui.getState().interaction.pendingFocus;
  // the focus moved meanwhile (a click, another field): that is where keys act now
  return pending && pending.from === document.activeElement ? pending.id : null;
}

/**
 * Puts the keyboard focus on a node (card id, `cell:…`, `phase:…`) — panning to
 * it first when it is out of view — unless the user has started typing somewhere
 * in the meantime. `now`: try in this task (no document change to wait for);
 * `fromField`: the user asked to leave a field for the node (Escape in a panel).
 */
export function focusNode(
  ui: UiStore,
  id: string,
  options: { now?: boolean; fromField?: boolean } = {},
): void {
  let frames = 0;
  let revealed = false;
  const token = {};
  const state = ui.getState().interaction;
  state.pendingFocus = { id, token, from: document.activeElement };
  const done = (): void => {
    if (state.pendingFocus?.token === token) state.pendingFocus = null;
  };
  const attempt = (): void => {
    if (state.pendingFocus?.token !== token) return; // a later key press took over
    if (!options.fromField && isTyping()) return done();
    const camera = ui.getState().camera;
    const box = camera?.boxOf(id) ?? null;
    if (!revealed && box && camera && !camera.isInView(box)) {
      revealed = true;
      camera.reveal(box);
    }
    const el = findNode(ui, id);
    if (el) {
      el.focus({ preventScroll: true });
      return done();
    }
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
    else done();
  };
  // after a document change the node may (re)mount a frame later; otherwise go at once
  if (options.now) attempt();
  else requestAnimationFrame(attempt);
}

/**
 * A node got the focus from the keyboard (Tab) while partly out of view: pan to
 * it, as a sighted keyboard user would expect.
 */
export function revealFocused(ui: UiStore, id: string): void {
  const camera = ui.getState().camera;
  const box = camera?.boxOf(id);
  if (box && camera && !camera.isInView(box)) camera.reveal(box);
}

/** Moves the board's camera to present `phaseId`; false when no board or no such phase. */
export function presentPhase(ui: UiStore, phaseId: string): boolean {
  return ui.getState().camera?.showPhase?.(phaseId) ?? false;
}

/**
 * Called on pointerdown inside a session's board: the focus that follows in the same
 * task comes from the pointer, and the click handlers own the selection then.
 */
export function notePointerDown(ui: UiStore): void {
  const state = ui.getState().interaction;
  state.pointerDown = true;
  setTimeout(() => {
    state.pointerDown = false;
  }, 0);
}

/** Whether the current focus change in this session's board was caused by a pointer press. */
export function isPointerFocus(ui: UiStore): boolean {
  return ui.getState().interaction.pointerDown;
}
