/**
 * Hooks the board, the cards and the panels use. Each reads one slice with a
 * selector, so a cursor moving re-renders the cursor layer only, and a peer
 * selecting a card re-renders that card only — never the whole board. Outside
 * <WorkshopProvider> they answer as if you were alone with no workshop running.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { WorkshopSnapshot } from '../../doc/workshop';
import { canEdit } from '../../model/workshop/locks';
import type { PresenceState, PresenceUser } from '../../model/workshop/presence';
import type { Id } from '../../model/types';
import type { Peers } from '../../sync/presence';
import { useMapSession } from '../../session/MapSession';
import { useWorkshopOptional } from './WorkshopContext';

type Subscribe = (listener: () => void) => () => void;

/**
 * Coalesces store notifications to one per animation frame: 50 peers at 10 Hz
 * are 500 awareness changes a second, but the screen only needs 60.
 */
function perFrame(subscribe: Subscribe): Subscribe {
  return (listener) => {
    let frame: number | null = null;
    const raf = globalThis.requestAnimationFrame;
    const unsubscribe = subscribe(() => {
      if (!raf) return listener();
      if (frame === null) {
        frame = raf(() => {
          frame = null;
          listener();
        });
      }
    });
    return () => {
      if (frame !== null) globalThis.cancelAnimationFrame?.(frame);
      unsubscribe();
    };
  };
}

function useSelected<S, T>(
  subscribe: Subscribe,
  getSnapshot: () => S,
  selector: (s: S) => T,
  isEqual: (a: T, b: T) => boolean,
): T {
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const equalRef = useRef(isEqual);
  equalRef.current = isEqual;
  // keyed by source AND selector: a new selector (say, following someone else) must
  // not answer with the old selector's value while the source stays the same
  const cache = useRef<{ source: S; select: (s: S) => T; value: T } | null>(null);
  const get = useCallback(() => {
    const source = getSnapshot();
    const select = selectorRef.current;
    const prev = cache.current;
    if (prev && prev.source === source && prev.select === select) return prev.value;
    const value = select(source);
    if (prev && equalRef.current(prev.value, value)) {
      cache.current = { source, select, value: prev.value };
      return prev.value;
    }
    cache.current = { source, select, value };
    return value;
  }, [getSnapshot]);
  return useSyncExternalStore(subscribe, get, get);
}

const NO_PEERS: Peers = new Map();
const noSubscribe: Subscribe = () => () => undefined;
const noPeers = () => NO_PEERS;

/**
 * A slice of the other participants' presence (by awareness client id). The
 * component re-renders at most once a frame, and only when `isEqual` says the
 * slice changed (default `Object.is`).
 */
export function usePresence<T>(
  selector: (peers: Peers) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const w = useWorkshopOptional();
  const peers = w?.peers;
  const subscribe = useCallback<Subscribe>(
    (l) => (peers ? perFrame(peers.subscribe)(l) : noSubscribe(l)),
    [peers],
  );
  return useSelected(subscribe, peers ? peers.getSnapshot : noPeers, selector, isEqual);
}

/**
 * What a board outside a workshop reads: no vote, no timer, no locks. One immutable
 * value (not state: nothing writes to it), so it can be shared by every map session.
 */
const NO_WORKSHOP: WorkshopSnapshot = Object.freeze({
  vote: null,
  ballots: new Map(),
  timer: null,
  locks: Object.freeze({ map: false, lanes: new Set<string>() }),
});
const emptyWorkshop = (): WorkshopSnapshot => NO_WORKSHOP;

/** A slice of the workshop document state (vote, ballots, timer, locks). */
export function useWorkshopState<T>(
  selector: (s: WorkshopSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const store = useWorkshopOptional()?.store;
  return useSelected(
    store ? store.subscribe : noSubscribe,
    store ? store.getSnapshot : emptyWorkshop,
    selector,
    isEqual,
  );
}

function sameUsers(a: readonly PresenceUser[], b: readonly PresenceUser[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (u, i) =>
        u === b[i] || (u.id === b[i]?.id && u.name === b[i]?.name && u.color === b[i]?.color),
    )
  );
}

export interface RemoteCardState {
  /** people (other than me) who have the card selected, editing or dragging it */
  readonly selectedBy: readonly PresenceUser[];
  readonly editingBy: PresenceUser | null;
  readonly draggingBy: PresenceUser | null;
}

const NOBODY: RemoteCardState = Object.freeze({
  selectedBy: [],
  editingBy: null,
  draggingBy: null,
});

/** Whose (if anyone's) attention a card has right now, for its outline and label. */
export function remoteCardState(
  peers: Peers,
  cardId: Id,
  myUserId: string | undefined,
): RemoteCardState {
  const selectedBy: PresenceUser[] = [];
  const seen = new Set<string>();
  let editingBy: PresenceUser | null = null;
  let draggingBy: PresenceUser | null = null;
  for (const state of peers.values()) {
    const u = state.user;
    if (u.id === myUserId) continue; // my other tab is not "someone else"
    if (state.editing === cardId) editingBy ??= u;
    if (state.dragging?.cardIds.includes(cardId)) draggingBy ??= u;
    if (state.selection?.includes(cardId) && !seen.has(u.id)) {
      seen.add(u.id);
      selectedBy.push(u);
    }
  }
  if (!editingBy && !draggingBy && selectedBy.length === 0) return NOBODY;
  return { selectedBy, editingBy, draggingBy };
}

function sameCardState(a: RemoteCardState, b: RemoteCardState): boolean {
  return (
    a === b ||
    (a.editingBy === b.editingBy &&
      a.draggingBy === b.draggingBy &&
      sameUsers(a.selectedBy, b.selectedBy))
  );
}

/** For the card node: who else selects, edits or drags this card. Re-renders only when that changes. */
export function useRemoteCardState(cardId: Id): RemoteCardState {
  const me = useWorkshopOptional()?.user.id;
  return usePresence(
    useCallback((peers: Peers) => remoteCardState(peers, cardId, me), [cardId, me]),
    sameCardState,
  );
}

/**
 * Whether the local user may edit here: not on a view link, and not where a
 * facilitator locked the map or this lane. `laneId` omitted = a map-level edit.
 */
export function useCanEdit(laneId?: Id | null): boolean {
  const { readOnly } = useMapSession();
  const role = useWorkshopOptional()?.role ?? 'facilitator';
  const locks = useWorkshopState((s) => s.locks);
  return !readOnly && canEdit({ role, locks, laneId: laneId ?? null });
}

/** Relay-clock time, re-read every `intervalMs` while `active`. */
export function useRelayNow(active: boolean, intervalMs = 250): number {
  const clock = useWorkshopOptional()?.clock;
  const read = useCallback(() => (clock ? clock.now() : Date.now()), [clock]);
  const [now, setNow] = useState(read);
  useEffect(() => {
    setNow(read());
    if (!active) return;
    const id = setInterval(() => setNow(read()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs, read]);
  return now;
}

/** Everyone here, one entry per person (several tabs of one person count once), me excluded. */
export function peopleOf(peers: Peers, myUserId: string | undefined): PresenceState[] {
  const byUser = new Map<string, PresenceState>();
  for (const state of peers.values()) {
    if (state.user.id === myUserId || byUser.has(state.user.id)) continue;
    byUser.set(state.user.id, state);
  }
  return [...byUser.values()].sort(
    (a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id),
  );
}
