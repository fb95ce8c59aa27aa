/**
 * Keyboard focus on board nodes. React Flow renders only the nodes in view, so a
 * node the focus should go to may not exist in the DOM: the board then pans to
 * its layout box first and focuses it once it is rendered.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the board lends focus handling: where a node is, and a way to bring it into view. */
export interface BoardCamera {
  /** the node's box in board coordinates, `null` for an unknown id */
  boxOf(id: string): Box | null;
  /** whether the box is wholly inside the pane */
  isInView(box: Box): boolean;
  /** pans (keeping a readable zoom) so the box is in the middle of the pane */
  reveal(box: Box): void;
  /** presents a phase: its column at a readable zoom (presentView.ts); false if unknown */
  showPhase?(phaseId: string): boolean;
}

let camera: BoardCamera | null = null;

/** The board registers its camera while it is shown; returns unregister. */
export function registerCamera(next: BoardCamera): () => void {
  camera = next;
  return () => {
    if (camera === next) camera = null;
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

function findNode(id: string): HTMLElement | null {
  const key = CSS.escape(id);
  // emotion cards are points of their lane's curve, not nodes of their own
  return (
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${key}"]`) ??
    document.querySelector<HTMLElement>(`.jb-emotion__point[data-card-id="${key}"]`)
  );
}

/**
 * Puts the keyboard focus on a node (card id, `cell:…`, `phase:…`) — panning to
 * it first when it is out of view — unless the user has started typing somewhere
 * in the meantime. `now`: try in this task (no document change to wait for).
 */
export function focusNode(id: string, options: { now?: boolean } = {}): void {
  let frames = 0;
  let revealed = false;
  const attempt = (): void => {
    if (isTyping()) return;
    const box = camera?.boxOf(id) ?? null;
    if (!revealed && box && camera && !camera.isInView(box)) {
      revealed = true;
      camera.reveal(box);
    }
    const el = findNode(id);
    if (el) {
      el.focus({ preventScroll: true });
      return;
    }
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  // after a document change the node may (re)mount a frame later; otherwise go at once
  if (options.now) attempt();
  else requestAnimationFrame(attempt);
}

/**
 * A node got the focus from the keyboard (Tab) while partly out of view: pan to
 * it, as a sighted keyboard user would expect.
 */
export function revealFocused(id: string): void {
  const box = camera?.boxOf(id);
  if (box && camera && !camera.isInView(box)) camera.reveal(box);
}

/** Moves the board's camera to present `phaseId`; false when no board or no such phase. */
export function presentPhase(phaseId: string): boolean {
  return camera?.showPhase?.(phaseId) ?? false;
}

let pointerDown = false;

/**
 * Called on pointerdown inside the board: the focus that follows in the same
 * task comes from the pointer, and the click handlers own the selection then.
 */
export function notePointerDown(): void {
  pointerDown = true;
  setTimeout(() => {
    pointerDown = false;
  }, 0);
}

/** Whether the current focus change was caused by a pointer press. */
export function isPointerFocus(): boolean {
  return pointerDown;
}
