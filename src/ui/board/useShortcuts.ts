/**
 * Board keyboard shortcuts, one window listener. What each key does is boardKeys.ts,
 * its own chunk (issue 18: not in the JavaScript a first visit waits for), requested
 * as soon as a board mounts — while the map's content is still arriving, so it is in
 * long before the first card is painted. A key pressed before it arrives is not lost:
 * it is held (its default prevented) and handled once the chunk is in. Tab is let
 * through instead: its default (the browser's focus order) cannot be replayed.
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

/** Loads the key handler's chunk (once). */
export function loadBoardKeys(): Promise<BoardKeys> {
  loading ??= import('./boardKeys').then(
    (m) => (boardKeys = m),
    (error: unknown) => {
      loading = null; // the next board mount tries again
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
}

// keys held while the chunk loads (by every board in the page: each decides whether
// the key is its own), and those a board has used once handled
const heldKeys = new WeakSet<KeyboardEvent>();
const usedKeys = new WeakSet<KeyboardEvent>();

/** A key the handler may use: held while its chunk loads (not typing, not Tab). */
function worthHolding(event: KeyboardEvent, uiStore: Parameters<typeof keyBelongsToTyping>[0]) {
  return (
    (!event.defaultPrevented || heldKeys.has(event)) &&
    event.key !== 'Tab' &&
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
