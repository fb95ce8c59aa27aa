/**
 * Board keyboard shortcuts: what each key does (the window listener is useShortcuts.ts,
 * which loads this module when a board mounts). Keys act on what has focus
 * (a card, cell or header node) and on the session selection; they never fire
 * while the user types in a field, an IME composes or a dialog is open (keyGuard.ts).
 * The list the `?` dialog shows is SHORTCUTS (shortcutList.ts).
 */
import {
  addCardAtSelection,
  addCardInCell,
  cardKeyTarget,
  deleteSelectedCards,
  duplicateSelectedCard,
  moveCardByKey,
  moveHeaderBy,
  type Direction,
} from '../../canvas/actions';
import { nodeIds, parseNodeId } from '../../canvas/deriveNodes';
import { focusNode, pendingFocus } from '../../canvas/focus';
import { keyBelongsToTyping } from '../../canvas/keyGuard';
import { nextInTabOrder } from '../../canvas/tabOrder';
import { attempt } from '../../session/notices';
import { deleteLane, deletePhase } from '../../doc';
import { cellKey, type MapSnapshot } from '../../model/snapshot';
import { translator } from '../../i18n';
import { useLanguageStore } from '../../i18n';
import { isLaneReadOnly, type MapSession } from '../../session/MapSession';
import { canvasMessages } from '../../canvas/messages';
import type { UiStore } from '../../session/uiStore';
import { boardMessages } from './messages';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The board node element that has focus (or contains it), if any. */
function focusedNode(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement ? target.closest<HTMLElement>('.react-flow__node') : null;
}

function neighbourCard(snapshot: MapSnapshot, cardId: string, direction: Direction): string | null {
  const card = snapshot.cards.get(cardId);
  if (!card) return null;
  const cell = snapshot.cells.get(cellKey(card.laneId, card.phaseId)) ?? [];
  const at = cell.findIndex((c) => c.id === cardId);
  if (direction === 'up') return cell[at - 1]?.id ?? null;
  if (direction === 'down') return cell[at + 1]?.id ?? null;
  const phaseIndex = snapshot.phases.findIndex((p) => p.id === card.phaseId);
  for (
    let i = phaseIndex + (direction === 'left' ? -1 : 1);
    i >= 0 && i < snapshot.phases.length;
    i += direction === 'left' ? -1 : 1
  ) {
    const phase = snapshot.phases[i]!;
    const first = snapshot.cells.get(cellKey(card.laneId, phase.id))?.[0];
    if (first) return first.id;
  }
  return null;
}

/**
 * Where the focus goes when the selected cards are deleted: the card after the
 * last of them in its cell (or before it), else that cell.
 */
function focusAfterDelete(
  snapshot: MapSnapshot,
  ids: readonly string[],
): { card?: string; cell: string } | null {
  const last = snapshot.cards.get(ids[ids.length - 1] ?? '');
  if (!last) return null;
  const gone = new Set(ids);
  const cell = snapshot.cells.get(cellKey(last.laneId, last.phaseId)) ?? [];
  const at = cell.findIndex((c) => c.id === last.id);
  const after = cell.slice(at + 1).find((c) => !gone.has(c.id));
  const before = [...cell.slice(0, at)].reverse().find((c) => !gone.has(c.id));
  const card = (after ?? before)?.id;
  return { ...(card ? { card } : {}), cell: nodeIds.cell(last.laneId, last.phaseId) };
}

/** The cell or header next to a focused cell or header, as a node id (null at the edge). */
function neighbourNode(
  snapshot: MapSnapshot,
  node: Exclude<ReturnType<typeof parseNodeId>, { kind: 'card' }>,
  direction: Direction,
): string | null {
  const step = direction === 'left' || direction === 'up' ? -1 : 1;
  const across = direction === 'left' || direction === 'right';
  const neighbour = <T extends { id: string }>(list: readonly T[], id: string) =>
    list[list.findIndex((item) => item.id === id) + step]?.id;
  if (node.kind === 'cell') {
    const laneId = across ? node.laneId : neighbour(snapshot.lanes, node.laneId);
    const phaseId = across ? neighbour(snapshot.phases, node.phaseId) : node.phaseId;
    return laneId && phaseId ? nodeIds.cell(laneId, phaseId) : null;
  }
  // a header moves along its own row or column; Alt+Arrow moves the header itself
  if (node.kind === 'phase' && across) {
    const id = neighbour(snapshot.phases, node.id);
    return id ? nodeIds.phase(id) : null;
  }
  if (node.kind === 'lane' && !across) {
    const id = neighbour(snapshot.lanes, node.id);
    return id ? nodeIds.lane(id) : null;
  }
  return null;
}

/**
 * Tab and Shift+Tab from a board node go to the next node in the board's reading
 * order even when it is out of view (and not rendered); the board pans to it.
 * Buttons inside a node (a vote's +/−) come first, as the browser would have it.
 */
function tabOnBoard(
  target: HTMLElement,
  node: HTMLElement | null,
  snapshot: MapSnapshot,
  event: KeyboardEvent,
  uiStore: UiStore,
): boolean {
  const point = target.classList.contains('jb-emotion__point') ? target.dataset.cardId : undefined;
  const pending = pendingFocus(uiStore);
  const current = pending ?? point ?? (node === target ? node.dataset.id : undefined);
  if (!current) return false;
  if (!pending && !event.shiftKey && !point && target.querySelector(INNER_TABBABLE)) return false;
  const next = nextInTabOrder(snapshot, current, event.shiftKey);
  if (!next) return false;
  focusNode(uiStore, next, { now: true });
  return true;
}

const INNER_TABBABLE =
  'button:not([tabindex="-1"]), input, select, textarea, a[href], [tabindex="0"]';

export interface ShortcutHandlers {
  readonly fitView: () => void;
  readonly openHelp: () => void;
  /** opens the card details with the focus in the panel (useDetailsFocus) */
  readonly openDetails?: (cardId: string) => void;
  /** details the phase in a new subjourney and opens it (map links' command) */
  readonly createSubjourney?: (phaseId: string) => void;
}

/**
 * Handles one keydown. Returns whether the key was used. `held`: a key pressed before
 * this module arrived, held back (its default prevented) by useShortcuts.ts.
 */
export function handleBoardKey(
  event: KeyboardEvent,
  session: MapSession,
  handlers: ShortcutHandlers,
  uiStore: UiStore,
  held = false,
): boolean {
  // typing (fields, IME), an open dialog, or an editor that just vanished: never a shortcut
  if ((event.defaultPrevented && !held) || keyBelongsToTyping(uiStore, event)) return false;
  // a key pressed in another map's board (two boards in one page) is that map's
  const target = event.target;
  const board = target instanceof HTMLElement ? target.closest('.jb-board') : null;
  const root = uiStore.getState().camera?.root?.();
  if (board && root && !board.contains(root)) return false;
  const { doc, store, undo, readOnly } = session;
  const language = useLanguageStore.getState().language;
  const t = translator(boardMessages, language);
  const tc = translator(canvasMessages, language);
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const notices = uiStore.getState().notices;
  const notice = notices.getState().push;

  if (mod && !event.altKey && (key === 'z' || key === 'Z' || key === 'y')) {
    if (readOnly) return false;
    const redo = key === 'y' || event.shiftKey;
    const done = redo ? undo.redo() : undo.undo();
    if (!done) notice(t(redo ? 'nothingToRedo' : 'nothingToUndo'));
    return true;
  }
  if (key === '?') {
    handlers.openHelp();
    return true;
  }
  // the rest only acts on the board itself (not on toolbar buttons, dialogs, panels)
  const inBoard = target === document.body || board !== null;
  if (!inBoard || !(target instanceof HTMLElement)) return false;
  const ui = uiStore.getState();
  const node = focusedNode(target);
  // a node the focus is still on its way to counts as focused (quick presses)
  const focusId = pendingFocus(uiStore) ?? node?.dataset.id;
  const parsed = focusId ? parseNodeId(focusId) : null;
  const snapshot = store.getSnapshot();
  const primary = ui.selectedCardIds[ui.selectedCardIds.length - 1];
  // a facilitator's lane lock: say so instead of silently ignoring the key
  const locked = (laneId: string | undefined): boolean => {
    if (!laneId || !isLaneReadOnly(session, laneId)) return false;
    const lane = snapshot.lanes.find((l) => l.id === laneId);
    notice(tc('laneLocked', { lane: lane?.name ?? '' }));
    return true;
  };
  const laneOf = (cardId: string | undefined) =>
    cardId ? snapshot.cards.get(cardId)?.laneId : undefined;

  if (key === 'Tab' && !mod && !event.altKey)
    return tabOnBoard(target, node, snapshot, event, uiStore);
  if (key === 'Enter' && event.altKey && !mod && parsed?.kind === 'card' && handlers.openDetails) {
    handlers.openDetails(parsed.cardId);
    return true;
  }
  if (key === 'Enter' && event.altKey && !mod && parsed?.kind === 'phase' && !readOnly) {
    handlers.createSubjourney?.(parsed.id);
    return handlers.createSubjourney !== undefined;
  }
  if (key === 'Escape') {
    ui.clearSelection();
    return true;
  }
  if ((key === 'f' || key === 'F') && !mod && !event.altKey) {
    handlers.fitView();
    return true;
  }
  const direction = ARROWS[key];
  if (
    direction &&
    event.altKey &&
    !mod &&
    parsed &&
    (parsed.kind === 'phase' || parsed.kind === 'lane')
  ) {
    if (readOnly) return false;
    const back = parsed.kind === 'phase' ? direction === 'left' : direction === 'up';
    const forward = parsed.kind === 'phase' ? direction === 'right' : direction === 'down';
    if (!back && !forward) return false;
    if (parsed.kind === 'lane' && locked(parsed.id)) return true;
    if (moveHeaderBy(uiStore, doc, snapshot, parsed.kind, parsed.id, back ? -1 : 1))
      focusNode(uiStore, focusId!);
    return true;
  }
  if (direction && mod && !event.altKey && primary) {
    if (readOnly) return false;
    const to = cardKeyTarget(snapshot, primary, direction);
    if (locked(laneOf(primary)) || (to && locked(to.laneId))) return true;
    if (moveCardByKey(uiStore, doc, snapshot, primary, direction)) focusNode(uiStore, primary);
    return true;
  }
  if (direction && !mod && !event.altKey && parsed?.kind === 'card') {
    const next = neighbourCard(snapshot, parsed.cardId, direction);
    if (next) {
      ui.selectCards([next]);
      // nothing changed in the document: move at once, so quick presses each count
      focusNode(uiStore, next, { now: true });
    }
    return true;
  }
  if (direction && !mod && !event.altKey && parsed && parsed.kind !== 'card') {
    const next = neighbourNode(snapshot, parsed, direction);
    if (next) focusNode(uiStore, next, { now: true });
    return next !== null;
  }
  if (readOnly) return false;
  if (parsed && (parsed.kind === 'phase' || parsed.kind === 'lane') && !mod && !event.altKey) {
    const header = ['Enter', 'F2', 'Delete'].includes(key);
    if (header && parsed.kind === 'lane' && locked(parsed.id)) return true;
    if (key === 'Enter' || key === 'F2') {
      ui.startRenaming({ kind: parsed.kind, id: parsed.id });
      return true;
    }
    if (key === 'Delete') {
      const { id, kind } = parsed;
      attempt(notices, () => (kind === 'phase' ? deletePhase(doc, id) : deleteLane(doc, id)));
      return true;
    }
  }
  if (key === 'Enter' && !mod && !event.altKey && parsed?.kind === 'cell') {
    if (locked(parsed.laneId)) return true;
    addCardInCell(uiStore, parsed.laneId, parsed.phaseId);
    return true;
  }
  if ((key === 'n' || key === 'N') && !mod && !event.altKey) {
    if (locked(primary ? laneOf(primary) : ui.selectedCell?.laneId)) return true;
    return addCardAtSelection(uiStore, snapshot);
  }
  if (key === 'Enter' && !mod && primary && (!parsed || parsed.kind === 'card')) {
    if (locked(laneOf(primary))) return true;
    ui.startEditing(primary);
    return true;
  }
  if ((key === 'Delete' || key === 'Backspace') && ui.selectedCardIds.length) {
    if (ui.selectedCardIds.some((id) => locked(laneOf(id)))) return true;
    const after = focusAfterDelete(snapshot, ui.selectedCardIds);
    deleteSelectedCards(uiStore, doc);
    // focusing selects (Board's onFocus): the next card, or the emptied cell
    if (after) focusNode(uiStore, after.card ?? after.cell);
    return true;
  }
  if (mod && (key === 'd' || key === 'D') && primary) {
    if (locked(laneOf(primary))) return true;
    const copy = duplicateSelectedCard(uiStore, doc);
    if (copy) focusNode(uiStore, copy);
    return true;
  }
  return false;
}
