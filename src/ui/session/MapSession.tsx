/**
 * The open map, as React sees it: the document handle (only passed to doc commands),
 * its snapshot store, the local undo history, and who the local user is.
 * Provided by the map route (src/app), read by the canvas and the panels.
 */
import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { MapDoc, SnapshotStore, UndoController } from '../../doc';
import type { MapSnapshot } from '../../model/snapshot';

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
  /** true for view links: every editing control is hidden or disabled */
  readonly readOnly: boolean;
  readonly user: LocalUser;
}

const SessionContext = createContext<MapSession | null>(null);

export function MapSessionProvider({
  session,
  children,
}: {
  session: MapSession;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
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
  const cache = useRef<{ snapshot: MapSnapshot; value: T } | null>(null);
  const getValue = useCallback(() => {
    const snapshot = store.getSnapshot();
    if (cache.current && cache.current.snapshot === snapshot) return cache.current.value;
    const value = selectorRef.current(snapshot);
    if (cache.current && Object.is(cache.current.value, value)) {
      cache.current = { snapshot, value: cache.current.value };
      return cache.current.value;
    }
    cache.current = { snapshot, value };
    return value;
  }, [store]);
  return useSyncExternalStore(store.subscribe, getValue, getValue);
}
