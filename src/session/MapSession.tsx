/**
 * The open map, as React sees it: the document handle (only passed to doc commands),
 * its snapshot store, the local undo history, and who the local user is.
 * Provided by the map route (src/app), read by the canvas and the panels.
 */
import {
  createContext,
  useCallback,
  useContext,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import type { MapDoc, SnapshotStore, UndoController } from '../doc';
import type { MapSnapshot } from '../model/snapshot';
import type { Id } from '../model/types';
import { createUiStore, UiStoreProvider, useEnclosingUiStore, type UiStore } from './uiStore';

export interface LocalUser {
  /** stable per device; used as voter id and in presence */
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

export interface MapSession {
  readonly mapId: string;
  readonly doc: MapDoc;
  readonly store: SnapshotStore;
  readonly undo: UndoController;
  /**
   * true for view links, and for participants while a facilitator locks the whole
   * map: every editing control is hidden or disabled
   */
  readonly readOnly: boolean;
  /** why `readOnly`: a view link, or a facilitator's lock (for the toolbar's badge) */
  readonly readOnlyReason?: 'view' | 'locked' | 'comment';
  /** lanes a facilitator locked for this user: their cards and header cannot be edited */
  readonly lockedLanes?: ReadonlySet<Id>;
  readonly user: LocalUser;
}

/**
 * Whether the user may add comments (and cast dots): everyone who may edit, and a
 * comment link, whose board is otherwise read-only.
 */
export function canComment(session: MapSession): boolean {
  return !session.readOnly || session.readOnlyReason === 'comment';
}

/** Whether the user may not edit in lane `laneId` (view link, map lock or lane lock). */
export function isLaneReadOnly(session: MapSession, laneId: Id | undefined): boolean {
  return session.readOnly || (laneId !== undefined && !!session.lockedLanes?.has(laneId));
}

/** `isLaneReadOnly` for the open map session, as a hook. */
export function useLaneReadOnly(laneId: Id | undefined): boolean {
  return isLaneReadOnly(useMapSession(), laneId);
}

const SessionContext = createContext<MapSession | null>(null);

/**
 * Provides the map session and its view state (selection, editing, open panel…). The
 * view state is made here, one per provider, unless the caller passes `ui` (the map
 * route keeps one per opened map; tests pass theirs to read it) or the provider is
 * nested in another one (a re-scoped session of the same map: lane locks, one card).
 * Two providers side by side keep separate selections.
 */
export function MapSessionProvider({
  session,
  ui,
  children,
}: {
  session: MapSession;
  ui?: UiStore;
  children: ReactNode;
}) {
  const enclosing = useEnclosingUiStore();
  const [own] = useState(() => ui ?? enclosing ?? createUiStore());
  return (
    <SessionContext.Provider value={session}>
      <UiStoreProvider store={ui ?? enclosing ?? own}>{children}</UiStoreProvider>
    </SessionContext.Provider>
  );
}

/** The open map session; throws outside a map route (a programming error). */
export function useMapSession(): MapSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useMapSession must be used inside <MapSessionProvider>');
  return session;
}

/**
 * Reads a slice of the current snapshot and re-renders only when that slice changes
 * (compared with `Object.is`; snapshots keep the identity of unchanged entities).
 */
export function useSnapshot<T>(selector: (snapshot: MapSnapshot) => T): T {
  const { store } = useMapSession();
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  // keyed by snapshot AND selector: a selector for another card must not answer
  // with the previous selector's value while the snapshot stays the same
  const cache = useRef<{
    snapshot: MapSnapshot;
    select: (snapshot: MapSnapshot) => T;
    value: T;
  } | null>(null);
  const getValue = useCallback(() => {
    const snapshot = store.getSnapshot();
    const select = selectorRef.current;
    const prev = cache.current;
    if (prev && prev.snapshot === snapshot && prev.select === select) return prev.value;
    const value = select(snapshot);
    if (prev && Object.is(prev.value, value)) {
      cache.current = { snapshot, select, value: prev.value };
      return prev.value;
    }
    cache.current = { snapshot, select, value };
    return value;
  }, [store]);
  return useSyncExternalStore(store.subscribe, getValue, getValue);
}
