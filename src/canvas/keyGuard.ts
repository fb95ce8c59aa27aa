/**
 * When the board's keyboard shortcuts must stay out of the way of the user's typing:
 * focus in a text field or contenteditable, an IME composing, a dialog open, or an
 * editor that vanished under the user's hands (its card scrolled out of view, a
 * facilitator moved everyone's camera) — the keys typed next were meant as text,
 * not as "N = new card". The last holds until the user points or focuses something.
 * That "vanished" state belongs to the map session whose editor vanished (its ui
 * store's `interaction`), so each function takes that session's store.
 */
import type { UiStore } from '../session/uiStore';

/** An open text editor of this session was unmounted without being closed by the user. */
export function noteEditorVanished(ui: UiStore): void {
  if (typeof document === 'undefined') return;
  const state = ui.getState().interaction;
  state.editorVanished = true;
  if (state.stopWatching) return;
  // any deliberate move of the user ends the "still typing" state
  const clear = (): void => {
    state.editorVanished = false;
    document.removeEventListener('pointerdown', clear, true);
    document.removeEventListener('focusin', clear, true);
    state.stopWatching = null;
  };
  document.addEventListener('pointerdown', clear, true);
  document.addEventListener('focusin', clear, true);
  state.stopWatching = clear;
}

/** Whether an element takes text: input, textarea, select or contenteditable. */
export function isTextEntry(el: EventTarget | null | undefined): boolean {
  if (typeof HTMLElement === 'undefined' || !(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Whether a dialog (modal or a popover dialog) is open in the page. */
export function isDialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]') !== null;
}

/**
 * Whether a key event must not trigger any board shortcut of this session: the user
 * is typing (text field, contenteditable, IME composition), a dialog is open, or the
 * editor they typed into has just vanished and focus fell to the page.
 */
export function keyBelongsToTyping(ui: UiStore, event: KeyboardEvent): boolean {
  // keyCode 229: the key went to an IME (Chromium sends it before compositionstart)
  if (event.isComposing || event.keyCode === 229 || event.key === 'Process') return true;
  if (isTextEntry(event.target)) return true;
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  if (path.some((el) => isTextEntry(el))) return true;
  if (isTextEntry(document.activeElement)) return true;
  if (isDialogOpen()) return true;
  const active = document.activeElement;
  return ui.getState().interaction.editorVanished && (active === null || active === document.body);
}
