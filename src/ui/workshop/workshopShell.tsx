/**
 * What the board needs of the live workshop from its first paint, in the first load
 * (issue 18): the context the workshop parts read, and the facilitator's locks
 * applied to the session. The workshop itself (the vote/timer store, presence,
 * the relay clock: WorkshopContext.tsx) fills the context, at once in
 * <WorkshopProvider> or after the first frame in <LazyWorkshopProvider>.
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createLocksStore, type WorkshopStore } from '../../doc/workshop';
import { hasLocks } from '../../model/workshop/locks';
import type { PresenceUser } from '../../model/workshop/presence';
import type { RelayRole, WorkshopRole } from '../../model/workshop/roles';
import type {
  PeersStore,
  PresencePublisher,
  PresenceSource,
  RelayClock,
} from '../../sync/presence';
import { MapSessionProvider, useMapSession, type MapSession } from '../../session/MapSession';

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

/** The context (null while the workshop loads) around the locked session. */
export function WorkshopShell({
  value,
  role,
  children,
}: {
  value: Workshop | null;
  role: WorkshopRole;
  children: ReactNode;
}) {
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
  const store = useMemo(() => createLocksStore(session.doc), [session.doc]);
  const locks = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const locked = useMemo<MapSession>(() => {
    if (session.readOnly || role === 'facilitator' || !hasLocks(locks)) return session;
    if (locks.map) return { ...session, readOnly: true, readOnlyReason: 'locked' };
    return { ...session, lockedLanes: locks.lanes };
  }, [session, role, locks]);
  return <MapSessionProvider session={locked}>{children}</MapSessionProvider>;
}
