/** Keyboard focus on board nodes, which React Flow may (re)mount a frame later. */

/**
 * Puts the keyboard focus on a node (card id, `cell:…`, `phase:…`) once it is
 * rendered — unless the user has started typing somewhere in the meantime.
 */
export function focusNode(id: string): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (
      active instanceof HTMLElement &&
      (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')
    )
      return;
    const key = CSS.escape(id);
    // emotion cards are points of their lane's curve, not nodes of their own
    const el =
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${key}"]`) ??
      document.querySelector<HTMLElement>(`.jb-emotion__point[data-card-id="${key}"]`);
    el?.focus({ preventScroll: true });
  });
}
