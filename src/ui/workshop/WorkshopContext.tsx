/**
 * The live workshop of the open map: presence of the others (awareness), the
 * local user's published presence, the workshop part of the document (vote,
 * timer, locks) and the relay clock. Mounted once by the map route, inside
 * <MapSessionProvider>. Without a relay (local map) it still works: nobody else
 * is here, the local user facilitates and the local clock is the relay clock.
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { createWorkshopStore, type WorkshopStore } from '../../doc/workshop';
import {
  workshopRoleOf,
  type PresenceUser,
  type RelayRole,
  type WorkshopRole,
} from '../../model/workshop/presence';
import {
  createPeersStore,
  createPresencePublisher,
  createRelayClock,
  timeUrlFor,
  type PeersStore,
  type PresencePublisher,
  type PresenceSource,
  type RelayClock,
} from '../../sync/presence';
import { MapSessionProvider, useMapSession, type MapSession } from '../../session/MapSession';
import { hasLocks, sameLocks } from '../../model/workshop/locks';
import { useWorkshopState } from './hooks';
import { useSettings } from '../settings/useSettings';
import { useUiStoreApi, type UiState } from '../../session/uiStore';

export interface WorkshopConnection {
  /** `SyncConnection.awareness`; null while the map is not connected to a relay */
  readonly awareness: PresenceSource | null;
  /** the role the relay granted (`SyncConnection` status `role`); null = no relay */
  readonly role: RelayRole | null;
  /** the relay's base URL (ws/http); default: the page's own origin, which serves the relay */
  readonly relayUrl?: string;
}

export interface Workshop {
  readonly store: WorkshopStore;
  readonly peers: PeersStore;
  /** null without a relay connection */
  readonly publisher: PresencePublisher | null;
  readonly clock: RelayClock;
  readonly role: WorkshopRole;
  readonly user: PresenceUser;
  /** true when connected to a relay (others can be here) */
  readonly live: boolean;
  rename(name: string): void;
}

const WorkshopContext = createContext<Workshop | null>(null);

const NO_PEERS: PeersStore = {
  getSnapshot: () => EMPTY,
  subscribe: () => () => undefined,
  destroy: () => undefined,
};
const EMPTY = new Map();

/** Without a relay the local clock is the only clock. */
const LOCAL_CLOCK: RelayClock = {
  now: () => Date.now(),
  estimate: () => null,
  sync: async () => null,
  destroy: () => undefined,
};

function defaultRelayUrl(): string {
  return globalThis.location?.origin ?? 'http://127.0.0.1:8080';
}

/**
 * Wraps the board; see the file comment. A new display name goes to the settings
 * store; `onRename` is for anything else that wants to know.
 */
export function WorkshopProvider({
  connection,
  onRename,
  children,
}: {
  connection: WorkshopConnection;
  onRename?: (name: string) => void;
  children: ReactNode;
}) {
  const session = useMapSession();
  const uiStore = useUiStoreApi();
  // the name remembered in the settings store wins over the session's fallback ("Guest")
  const rememberedName = useSettings((s) => s.displayName);
  const [name, setName] = useState(rememberedName || session.user.name);
  useEffect(
    () => setName(rememberedName || session.user.name),
    [rememberedName, session.user.name],
  );
  const role = workshopRoleOf(connection.role, connection.awareness !== null);
  const user: PresenceUser = useMemo(
    () => ({ id: session.user.id, name, color: session.user.color, role }),
    [session.user.id, session.user.color, name, role],
  );

  const store = useMemo(() => createWorkshopStore(session.doc), [session.doc]);
  useEffect(() => () => store.destroy(), [store]);

  const awareness = connection.awareness;
  const peers = useMemo(() => (awareness ? createPeersStore(awareness) : NO_PEERS), [awareness]);
  useEffect(() => () => peers.destroy(), [peers]);

  // created with the user of the moment; later user changes go through setUser below
  const [publisher, setPublisher] = useState<PresencePublisher | null>(null);
  useEffect(() => {
    if (!awareness) return;
    const p = createPresencePublisher(awareness, user);
    setPublisher(p);
    const leave = () => p.destroy();
    globalThis.addEventListener?.('pagehide', leave);
    return () => {
      globalThis.removeEventListener?.('pagehide', leave);
      p.destroy();
      setPublisher(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one publisher per awareness
  }, [awareness]);
  useEffect(() => {
    if (publisher && publisher.current().user !== user) publisher.setUser(user);
  }, [publisher, user]);

  // selection, inline editing and whom I follow come from the session store
  useEffect(() => {
    if (!publisher) return;
    const publish = (s: UiState) =>
      publisher.update({
        selection: s.selectedCardIds.length ? s.selectedCardIds : null,
        editing: s.editingCardId,
        follow: s.cameraFollows,
      });
    publish(uiStore.getState());
    return uiStore.subscribe(publish);
  }, [publisher, uiStore]);

  const relayUrl = connection.relayUrl ?? defaultRelayUrl();
  const live = awareness !== null;
  // made in an effect (not useMemo) because it owns a re-sync interval to clean up
  const [clock, setClock] = useState<RelayClock>(LOCAL_CLOCK);
  useEffect(() => {
    if (!live) return;
    const c = createRelayClock({ timeUrl: timeUrlFor(relayUrl), resyncMs: 60_000 });
    setClock(c);
    void c.sync();
    return () => {
      c.destroy();
      setClock(LOCAL_CLOCK);
    };
  }, [relayUrl, live]);

  const value = useMemo<Workshop>(
    () => ({
      store,
      peers,
      publisher,
      clock,
      role,
      user,
      live,
      rename(next) {
        const trimmed = next.trim().slice(0, 40);
        if (!trimmed) return;
        setName(trimmed);
        useSettings.getState().setDisplayName(trimmed);
        onRename?.(trimmed);
      },
    }),
    [store, peers, publisher, clock, role, user, live, onRename],
  );
  return (
    <WorkshopContext.Provider value={value}>
      <LockedSession role={role}>{children}</LockedSession>
    </WorkshopContext.Provider>
  );
}

/**
 * Applies the facilitator's locks to everything below: a locked map makes the
 * session read-only for participants, locked lanes are listed in the session, so
 * the canvas and the panels honour them through the one `readOnly` mechanism.
 */
function LockedSession({ role, children }: { role: WorkshopRole; children: ReactNode }) {
  const session = useMapSession();
  const locks = useWorkshopState((s) => s.locks, sameLocks);
  const locked = useMemo<MapSession>(() => {
    if (session.readOnly || role === 'facilitator' || !hasLocks(locks)) return session;
    if (locks.map) return { ...session, readOnly: true, readOnlyReason: 'locked' };
    return { ...session, lockedLanes: locks.lanes };
  }, [session, role, locks]);
  return <MapSessionProvider session={locked}>{children}</MapSessionProvider>;
}

/** The workshop, or null outside <WorkshopProvider> (hooks then behave as "alone, no workshop"). */
export function useWorkshopOptional(): Workshop | null {
  return useContext(WorkshopContext);
}

/** The workshop; throws outside <WorkshopProvider> (a wiring mistake). */
export function useWorkshop(): Workshop {
  const w = useContext(WorkshopContext);
  if (!w) throw new Error('useWorkshop must be used inside <WorkshopProvider>');
  return w;
}
