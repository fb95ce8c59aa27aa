/**
 * User intents of the board, shared by mouse, keyboard and toolbar: each calls
 * ONE document command (one undo step) and then updates the session selection.
 */
import { deleteCards, duplicateCard, moveCard, moveLane, movePhase, type MapDoc } from '../doc';
import { cellKey, type MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import type { UiStore } from '../session/uiStore';
import { attempt } from '../session/notices';

/**
 * Starts a new card in a cell (at `index`, end when omitted): an editor opens
 * there (DraftCard); the card enters the document with its first text.
 */
export function addCardInCell(ui: UiStore, laneId: Id, phaseId: Id, index?: number): void {
  ui.getState().startDraft({ laneId, phaseId, ...(index === undefined ? {} : { index }) });
}

/** `N`: starts a new card after the primary selected card, or at the end of the selected cell. */
export function addCardAtSelection(store: UiStore, snapshot: MapSnapshot): boolean {
  const ui = store.getState();
  const primary = ui.selectedCardIds[ui.selectedCardIds.length - 1];
  const card = primary ? snapshot.cards.get(primary) : undefined;
  if (card) {
    const cell = snapshot.cells.get(cellKey(card.laneId, card.phaseId)) ?? [];
    addCardInCell(store, card.laneId, card.phaseId, cell.findIndex((c) => c.id === card.id) + 1);
    return true;
  }
  if (!ui.selectedCell) return false;
  addCardInCell(store, ui.selectedCell.laneId, ui.selectedCell.phaseId);
  return true;
}

/** Deletes the selected cards (one undo step) and clears the selection. */
export function deleteSelectedCards(ui: UiStore, doc: MapDoc): void {
  const ids = ui.getState().selectedCardIds;
  if (!ids.length) return;
  attempt(ui.getState().notices, () => deleteCards(doc, ids));
  ui.getState().clearSelection();
}

/** Duplicates the primary selected card and selects the copy. */
export function duplicateSelectedCard(ui: UiStore, doc: MapDoc): Id | undefined {
  const ids = ui.getState().selectedCardIds;
  const primary = ids[ids.length - 1];
  if (!primary) return undefined;
  const copy = attempt(ui.getState().notices, () => duplicateCard(doc, primary));
  if (copy) ui.getState().selectCards([copy]);
  return copy;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * Where Ctrl+Arrow sends a card: left/right to the same lane of the neighbour
 * phase (at the end); up/down within its cell, and past the cell's edge into the
 * neighbour lane. Null at the board's edge.
 */
export function cardKeyTarget(
  snapshot: MapSnapshot,
  cardId: Id,
  direction: Direction,
): { laneId: Id; phaseId: Id; index?: number } | null {
  const card = snapshot.cards.get(cardId);
  if (!card) return null;
  const phaseIndex = snapshot.phases.findIndex((p) => p.id === card.phaseId);
  const laneIndex = snapshot.lanes.findIndex((l) => l.id === card.laneId);
  const cell = snapshot.cells.get(cellKey(card.laneId, card.phaseId)) ?? [];
  const at = cell.findIndex((c) => c.id === cardId);
  if (direction === 'left' || direction === 'right') {
    const phase = snapshot.phases[phaseIndex + (direction === 'left' ? -1 : 1)];
    return phase ? { laneId: card.laneId, phaseId: phase.id } : null;
  }
  if (direction === 'up') {
    if (at > 0) return { laneId: card.laneId, phaseId: card.phaseId, index: at - 1 };
    const lane = snapshot.lanes[laneIndex - 1];
    return lane ? { laneId: lane.id, phaseId: card.phaseId } : null;
  }
  // index counts the cell's OTHER cards, so one past the next card is at + 1
  if (at < cell.length - 1) return { laneId: card.laneId, phaseId: card.phaseId, index: at + 1 };
  const lane = snapshot.lanes[laneIndex + 1];
  return lane ? { laneId: lane.id, phaseId: card.phaseId, index: 0 } : null;
}

/** Ctrl+Arrow: moves a card to `cardKeyTarget`; returns whether it moved (a refusal is a notice). */
export function moveCardByKey(
  ui: UiStore,
  doc: MapDoc,
  snapshot: MapSnapshot,
  cardId: Id,
  direction: Direction,
): boolean {
  const to = cardKeyTarget(snapshot, cardId, direction);
  if (!to) return false;
  return (
    attempt(ui.getState().notices, () => {
      moveCard(doc, cardId, to);
      return true;
    }) ?? false
  );
}

/** Alt+Arrow on a header: moves a phase or lane one place; returns whether it moved. */
export function moveHeaderBy(
  ui: UiStore,
  doc: MapDoc,
  snapshot: MapSnapshot,
  kind: 'phase' | 'lane',
  id: Id,
  delta: -1 | 1,
): boolean {
  const list = kind === 'phase' ? snapshot.phases : snapshot.lanes;
  const index = list.findIndex((item) => item.id === id);
  const to = index + delta;
  if (index < 0 || to < 0 || to >= list.length) return false;
  return (
    attempt(ui.getState().notices, () => {
      if (kind === 'phase') movePhase(doc, id, to);
      else moveLane(doc, id, to);
      return true;
    }) ?? false
  );
}
