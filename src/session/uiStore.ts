/**
 * Session-scope UI state of the open map: selection, inline editing, the header being
 * renamed, which side panel is open, whom the camera follows. Lives on this device only
 * (never synced, never saved). One store per map session: `MapSessionProvider` creates it
 * (or takes one from the map route), so two maps in one page keep their own selection.
 *
 * Readers: the canvas (src/canvas), the board toolbar, the side panels (src/ui/panels):
 * `useUiStore(selector)` to render from it, `useUiStoreApi().getState()` in handlers.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Id } from '../model/types';
import type { BoardCamera } from './boardCamera';
import { createBoardInteraction, type BoardInteraction } from './interaction';
import { createNoticeStore, type NoticeStore } from './notices';

/** A cell of the board: one lane × one phase. */
export interface CellRef {
  readonly laneId: Id;
  readonly phaseId: Id;
}

/**
 * A new card being written. It enters the document with the first typed text
 * (adding and typing it stay ONE undo step); an abandoned empty draft leaves nothing.
 */
export interface DraftCard extends CellRef {
  /** position in the cell; end when omitted */
  readonly index?: number;
  /** the card's id once the first text has been written */
  readonly cardId?: Id;
}

/** Which side panel is open; `null` = none. */
export type OpenPanel = 'map' | 'card' | 'actions' | 'versions' | null;

/** A phase or lane header (its name can be renamed inline). */
export interface HeaderRef {
  readonly kind: 'phase' | 'lane';
  readonly id: Id;
}

export type SelectMode = 'replace' | 'add' | 'toggle';

export interface UiState {
  /** selected cards, in selection order; the LAST one is the primary (the inspector shows it) */
  readonly selectedCardIds: readonly Id[];
  /** the selected empty cell (keyboard `N` adds a card there); cleared when cards are selected */
  readonly selectedCell: CellRef | null;
  /** the card whose text is being edited inline */
  readonly editingCardId: Id | null;
  /** a new card being typed (in the document from its first text on) */
  readonly draft: DraftCard | null;
  /** the phase or lane header whose name is being edited inline */
  readonly renamingHeader: HeaderRef | null;
  readonly openPanel: OpenPanel;
  /** the peer (user id) whose viewport the camera follows; `null` = free camera */
  readonly cameraFollows: string | null;
  /** the camera of this session's board while it is shown (kept by `reset`) */
  readonly camera: BoardCamera | null;
  /** this session's notices (a store of its own; the same one for the session's life) */
  readonly notices: NoticeStore;
  /** this session's focus hand-over and key guard state (mutable, never rendered) */
  readonly interaction: BoardInteraction;

  selectCards(ids: readonly Id[], mode?: SelectMode): void;
  selectCell(cell: CellRef | null): void;
  clearSelection(): void;
  startEditing(cardId: Id): void;
  stopEditing(): void;
  startRenaming(header: HeaderRef): void;
  /** ends the rename of `header` (of any header when omitted) */
  stopRenaming(header?: HeaderRef): void;
  startDraft(draft: DraftCard): void;
  /** the draft's card now exists in the document */
  setDraftCard(cardId: Id): void;
  endDraft(): void;
  setOpenPanel(panel: OpenPanel): void;
  togglePanel(panel: Exclude<OpenPanel, null>): void;
  setCameraFollows(userId: string | null): void;
  /** the board lends its camera while shown; `null` when it goes */
  setCamera(camera: BoardCamera | null): void;
  /** forget everything (called when a map is opened or closed) */
  reset(): void;
}

const EMPTY: readonly Id[] = [];

const initial = {
  selectedCardIds: EMPTY,
  selectedCell: null,
  editingCardId: null,
  draft: null,
  renamingHeader: null,
  openPanel: null,
  cameraFollows: null,
} as const;

/** The view state of one map session. */
export type UiStore = StoreApi<UiState>;

/** A fresh, empty view state (one per map session). */
export const createUiStore = (): UiStore =>
  createStore<UiState>()((set, get) => ({
    ...initial,
    camera: null,
    notices: createNoticeStore(),
    interaction: createBoardInteraction(),
    setCamera(camera) {
      set({ camera });
    },
    selectCards(ids, mode = 'replace') {
      const current = get().selectedCardIds;
      let next: readonly Id[];
      if (mode === 'replace') next = ids.length ? [...ids] : EMPTY;
      else if (mode === 'add') next = [...current.filter((id) => !ids.includes(id)), ...ids];
      else {
        const removed = current.filter((id) => !ids.includes(id));
        const added = ids.filter((id) => !current.includes(id));
        next = [...removed, ...added];
      }
      if (sameIds(next, current)) return;
      set({ selectedCardIds: next, selectedCell: next.length ? null : get().selectedCell });
    },
    selectCell(cell) {
      set({ selectedCell: cell, selectedCardIds: EMPTY });
    },
    clearSelection() {
      set({ selectedCardIds: EMPTY, selectedCell: null });
    },
    startEditing(cardId) {
      set({ editingCardId: cardId });
    },
    stopEditing() {
      if (get().editingCardId !== null) set({ editingCardId: null });
    },
    startRenaming(header) {
      set({ renamingHeader: { kind: header.kind, id: header.id } });
    },
    stopRenaming(header) {
      const current = get().renamingHeader;
      if (!current) return;
      if (header && (current.kind !== header.kind || current.id !== header.id)) return;
      set({ renamingHeader: null });
    },
    startDraft(draft) {
      set({
        draft,
        editingCardId: null,
        selectedCardIds: EMPTY,
        selectedCell: { laneId: draft.laneId, phaseId: draft.phaseId },
      });
    },
    setDraftCard(cardId) {
      const draft = get().draft;
      if (draft && draft.cardId !== cardId) set({ draft: { ...draft, cardId } });
    },
    endDraft() {
      if (get().draft !== null) set({ draft: null });
    },
    setOpenPanel(panel) {
      set({ openPanel: panel });
    },
    togglePanel(panel) {
      set({ openPanel: get().openPanel === panel ? null : panel });
    },
    setCameraFollows(userId) {
      set({ cameraFollows: userId });
    },
    reset() {
      set({ ...initial });
    },
  }));

const UiStoreContext = createContext<UiStore | null>(null);

/** Provides a map session's view state (MapSessionProvider does this). */
export function UiStoreProvider({ store, children }: { store: UiStore; children: ReactNode }) {
  return createElement(UiStoreContext.Provider, { value: store }, children);
}

/** The view state of an enclosing provider, or `null` (a nested provider shares it). */
export function useEnclosingUiStore(): UiStore | null {
  return useContext(UiStoreContext);
}

/** The open map's view state, for `getState()` in handlers and effects. */
export function useUiStoreApi(): UiStore {
  const store = useContext(UiStoreContext);
  if (!store) throw new Error('useUiStore must be used inside <MapSessionProvider>');
  return store;
}

/** A slice of the open map's view state; re-renders when it changes. */
export function useUiStore<T>(selector: (state: UiState) => T): T {
  return useStore(useUiStoreApi(), selector);
}

function sameIds(a: readonly Id[], b: readonly Id[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The primary selected card (the last selected), or `null`. */
export function selectPrimaryCardId(state: UiState): Id | null {
  return state.selectedCardIds[state.selectedCardIds.length - 1] ?? null;
}

/** React hook: the primary selected card id (what the card inspector shows). */
export function usePrimaryCardId(): Id | null {
  return useUiStore(selectPrimaryCardId);
}

/** React hook: whether one card is selected (re-renders only when that flips). */
export function useIsCardSelected(cardId: Id): boolean {
  return useUiStore((s) => s.selectedCardIds.includes(cardId));
}
