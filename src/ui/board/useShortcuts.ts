/**
 * Board keyboard shortcuts, one window listener. What each key does is boardKeys.ts,
 * its own chunk (issue 18: not in the JavaScript a first visit waits for), requested
 * as soon as a board mounts — while the map's content is still arriving, so it is in
 * long before the first card is painted. A board key pressed before it arrives is not
 * lost: it is held (its default prevented) and handled once the chunk is in. Only keys
 * the board can use are held (not Tab, whose default cannot be replayed, nor browser
 * shortcuts or keys on toolbar buttons); after a failed load nothing is held and the
 * next key press asks for the chunk again.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { keyBelongsToTyping } from '../../canvas/keyGuard';
import type { MapSession } from '../../session/MapSession';
import { useUiStoreApi } from '../../session/uiStore';
import type * as BoardKeysModule from './boardKeys';
import type { ShortcutHandlers } from './boardKeys';

export type { ShortcutHandlers } from './boardKeys';

type BoardKeys = typeof BoardKeysModule;

let boardKeys: BoardKeys | null = null;
let loading: Promise<BoardKeys> | null = null;
/** the last request for the chunk failed: keys are let through (not held) until one succeeds */
let failed = false;

/** Loads the key handler's chunk (once; again after a failure). */
export function loadBoardKeys(): Promise<BoardKeys> {
  loading ??= import('./boardKeys').then(
    (m) => {
      failed = false;
      return (boardKeys = m);
    },
    (error: unknown) => {
      loading = null; // the next key press or board mount tries again
      failed = true;
      throw error;
    },
  );
  return loading;
}

/** Whether the key handler's chunk has arrived (tests). */
export function boardKeysLoaded(): boolean {
  return boardKeys !== null;
}

/** Tests: as if the chunk had not arrived yet (the next board mount requests it again). */
export function forgetBoardKeys(): void {
  boardKeys = null;
  loading = null;
  failed = false;
}

// keys held while the chunk loads (by every board in the page: each decides whether
// the key is its own), and those a board has used once handled
const heldKeys = new WeakSet<KeyboardEvent>();
const usedKeys = new WeakSet<KeyboardEvent>();

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
const ON_BOARD = new Set([
  ...ARROWS,
  'Enter',
  'F2',
  'Delete',
  'Backspace',
  'Escape',
  'n',
  'N',
  'f',
  'F',
]);

/**
 * Whether boardKeys.ts may act on the key: undo/redo and `?` anywhere, the rest only on
 * the board (or the page body) — never a browser shortcut, a toolbar button's Enter,
 * Tab, or typing.
 */
function boardMayUse(event: KeyboardEvent): boolean {
  const mod = event.ctrlKey || event.metaKey;
  const { key } = event;
  if (mod && !event.altKey && (key === 'z' || key === 'Z' || key === 'y')) return true;
  if (key === '?') return true;
  const target = event.target;
  const onBoard =
    target === document.body ||
    (target instanceof HTMLElement && target.closest('.jb-board') !== null);
  if (!onBoard) return false;
  if (mod) return !event.altKey && (key === 'd' || key === 'D' || ARROWS.has(key));
  return ON_BOARD.has(key);
}

/** A key held while the handler's chunk loads (not after a failed load: nothing would handle it). */
function worthHolding(event: KeyboardEvent, uiStore: Parameters<typeof keyBelongsToTyping>[0]) {
  return (
    !failed &&
    (!event.defaultPrevented || heldKeys.has(event)) &&
    boardMayUse(event) &&
    !keyBelongsToTyping(uiStore, event)
  );
}

/** Installs the board's shortcuts for as long as the board is shown. */
export function useShortcuts(session: MapSession, handlers: ShortcutHandlers): void {
  const uiStore = useUiStoreApi();
  // the latest session and handlers, read per key: held keys survive a change of either
  const latest = useRef({ session, handlers });
  useLayoutEffect(() => {
    latest.current = { session, handlers };
  }, [session, handlers]);
  useEffect(() => {
    let live = true;
    const held: KeyboardEvent[] = [];
    const handle = (keys: BoardKeys, event: KeyboardEvent, wasHeld = false) =>
      keys.handleBoardKey(event, latest.current.session, latest.current.handlers, uiStore, wasHeld);
    const onKeyDown = (event: KeyboardEvent) => {
      if (boardKeys) {
        if (handle(boardKeys, event)) event.preventDefault();
      } else if (worthHolding(event, uiStore)) {
        event.preventDefault();
        heldKeys.add(event);
        held.push(event);
      } else if (failed) {
        void loadBoardKeys().catch(() => undefined); // try again; this key goes through as is
      }
    };
    window.addEventListener('keydown', onKeyDown);
    if (!boardKeys)
      loadBoardKeys().then(
        (keys) => {
          if (!live) return;
          for (const event of held.splice(0))
            if (!usedKeys.has(event) && handle(keys, event, true)) usedKeys.add(event);
        },
        () => undefined, // offline before the chunk was ever fetched: the next mount retries
      );
    return () => {
      live = false;
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [uiStore]);
}
