/**
 * The live workshop of the open map: presence of the others (awareness), the
 * local user's published presence, the workshop part of the document (vote,
 * timer, locks) and the relay clock. Mounted once per map, inside <MapSessionProvider>
 * (the map route: LazyWorkshopProvider.tsx; the context and the locks: workshopShell.tsx). Without a relay (local map) it still works: nobody else
 * is here, the local user facilitates and the local clock is the relay clock.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { createWorkshopStore } from '../../doc/workshop';
import { workshopRoleOf, type PresenceUser } from '../../model/workshop/presence';
import {
  createPeersStore,
  createPresencePublisher,
  createRelayClock,
  timeUrlFor,
  type PeersStore,
  type PresencePublisher,
  type RelayClock,
} from '../../sync/presence';
import { useMapSession } from '../../session/MapSession';
import { useSettings } from '../settings/useSettings';
import { useUiStoreApi, type UiState } from '../../session/uiStore';
import { WorkshopShell, type Workshop, type WorkshopConnection } from './workshopShell';

export {
  useWorkshop,
  useWorkshopOptional,
  type Workshop,
  type WorkshopConnection,
} from './workshopShell';

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

interface WorkshopProps {
  connection: WorkshopConnection;
  onRename?: (name: string) => void;
}

/**
 * Wraps the board; see the file comment. A new display name goes to the settings
 * store; `onRename` is for anything else that wants to know. (The map route uses
 * <LazyWorkshopProvider>, which loads this module after the board's first frame.)
 */
export function WorkshopProvider({ children, ...props }: WorkshopProps & { children: ReactNode }) {
  const value = useWorkshopValue(props);
  return (
    <WorkshopShell value={value} role={value.role}>
      {children}
    </WorkshopShell>
  );
}

/** The workshop alone, reported to `onValue` (and null once unmounted): LazyWorkshopProvider. */
export function WorkshopEngine({
  onValue,
  ...props
}: WorkshopProps & { onValue: (value: Workshop | null) => void }) {
  const value = useWorkshopValue(props);
  useEffect(() => onValue(value), [onValue, value]);
  useEffect(() => () => onValue(null), [onValue]);
  return null;
}

function useWorkshopValue({ connection, onRename }: WorkshopProps): Workshop {
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
  return value;
}
