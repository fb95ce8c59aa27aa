/**
 * Opening a map, in the order that keeps data safe: a fresh document, local storage
 * loaded first, then the relay (when one is known), then the snapshot store and
 * the local undo history. Never seeds content: a map that is neither stored here
 * nor on the relay is "not found". One exception to "local first": a map opened from
 * a link that this device has no note of storing (storage/contentNotes.ts) connects
 * at once and lets the local load race the relay (localOrRelay.ts): both merge into
 * the same doc, so nothing local is lost, only not waited for.
 *
 * Which relay a map syncs with (src/sync/README.md, "Which token a map uses"):
 * 1. a share link for this map that came with the route — stored for this map;
 * 2. the link stored for this map earlier;
 * 3. this origin's relay login (the admin link `npm start` prints), for any map;
 * 4. none: the map stays on this device.
 * A share link never opens another map. A token the relay refuses (4401) is
 * forgotten, so the map is simply local again: no retry loop, one message.
 */
import {
  createSnapshotStore,
  createUndoManager,
  isMapDoc,
  type MapDoc,
  type SnapshotStore,
  type UndoController,
} from '../doc';
import {
  catalog,
  getMapConnection,
  openMapStorage,
  preloadStorage,
  setMapConnection,
  setMapSyncState,
  trackCatalog,
  type CatalogEntry,
  type MapConnection,
  type MapStorage,
} from '../storage';
import { getDeviceConnection, setDeviceConnection } from '../storage/connection';
import { relayClientFor } from './relayClient';
import { adoptingWebSocket, releaseEarlySocket } from './earlySocket';
import {
  claimedRole,
  followCatalogSyncState,
  localPendingStore,
  newMapDoc,
  readLinkToken,
  type SyncConnection,
  type SyncRole,
} from '../sync';
import { relayDelivers } from './relayDelivers';
import { localOrRelay } from './localOrRelay';
import { afterFirstPaint } from './idle';

export interface OpenedMap {
  readonly doc: MapDoc;
  readonly storage: MapStorage;
  readonly sync: SyncConnection | null;
  /** the relay and token this map syncs with (`null`: local only) */
  readonly connection: MapConnection | null;
  readonly store: SnapshotStore;
  readonly undo: UndoController;
  close(): void;
}

export type OpenResult =
  { kind: 'ready'; map: OpenedMap } | { kind: 'not-found' } | { kind: 'error'; message: string };

/** How long to wait for a relay to deliver a map that is not stored locally. */

/** A connection chosen for a map, with the role its token claims and where it is stored. */
interface Chosen {
  readonly connection: { readonly relayUrl: string; readonly token: string };
  readonly role: SyncRole | null;
  /** `map`: stored for this map; `device`: this origin's relay login */
  readonly scope: 'map' | 'device';
  /** a link that came with the route: settles once it is stored for the map */
  readonly saved?: Promise<void>;
}

/** Opens map `mapId`; `token` comes from a link (`?t=`, see router.ts). */
export async function openMap(
  mapId: string,
  token: string | null,
  signal: AbortSignal,
): Promise<OpenResult> {
  mark('start');
  // without a link the stored connection is in the catalog (Dexie): its code and
  // database load while the document loads. A link names its relay, so the first
  // paint of a map opened from one never waits for Dexie (issue 18)
  if (!token) preloadStorage();
  const doc = newMapDoc();
  const storage = openMapStorage(mapId, doc);
  let sync: SyncConnection | null = null;
  let chosen: Chosen | null = null;
  let entry: CatalogEntry | undefined;
  // settles when this open is over (ready, or not): idle-time writes wait for its paint
  let shown!: () => void;
  const settled = new Promise<void>((resolve) => (shown = resolve));
  const fail = (result: OpenResult): OpenResult => {
    shown();
    sync?.destroy();
    storage.destroy();
    doc.destroy();
    return result;
  };
  // which relay, and what the catalog knows, are read while the document loads;
  // the relay is still connected only after the local content is in the doc
  const choosing = chooseConnection(mapId, token, settled);
  choosing.catch(() => undefined); // awaited below; a failure is reported there
  // the relay client (y-websocket) loads meanwhile, only for a map that syncs
  const relayClient = relayClientFor(token, choosing, () => import('../sync/connectRelay'));
  const lookUp = () => catalog.get(mapId).catch(() => undefined);
  const known = token ? null : lookUp();
  // a map from a link that this device never stored has no local content to wait for:
  // the relay connects at once and the IndexedDB load races it (localOrRelay.ts)
  const racing = token !== null && !storage.noted;
  try {
    if (!racing) await storage.whenLoaded;
    mark('stored');
    chosen = await choosing;
    // what the catalog says only matters for content stored here (unconfirmedContent)
    entry = await (known ?? (doc.store.clients.size > 0 ? lookUp() : undefined));
    mark('connection');
    if (signal.aborted) return fail({ kind: 'not-found' });
    const client = await relayClient;
    if (chosen && client) {
      sync = client.connectRelay(doc, {
        // the socket src/boot.ts opened for this link, when it is the one chosen
        WebSocketImpl: adoptingWebSocket(),
        mapId,
        relayUrl: chosen.connection.relayUrl,
        token: chosen.connection.token,
        role: chosen.role,
        // "3 changes waiting" survives a reload while offline
        pendingStore: localPendingStore(mapId),
        // content the catalog knew as synced is on the relay already
        ...(entry?.syncState === 'synced' ? { unconfirmedContent: false } : {}),
      });
    }
    releaseEarlySocket();
    if (racing) {
      if (!(await localOrRelay(doc, storage.whenLoaded, sync, signal, isMapDoc)))
        return fail({ kind: 'not-found' });
    } else if (!isMapDoc(doc)) {
      if (!sync || !(await relayDelivers(doc, sync, signal, isMapDoc)))
        return fail({ kind: 'not-found' });
    }
  } catch (error) {
    return fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  const store = createSnapshotStore(doc);
  mark('snapshot');
  const undo = createUndoManager(doc);
  const tracker = trackCatalog(mapId, store);
  // after the first catalog write (idle time, off the first paint), so a map that just
  // arrived from the relay has its row
  const stopReporting = reportSyncState(mapId, sync, chosen, entry, tracker.opened);
  mark('ready');
  shown();
  const conn = sync;
  return {
    kind: 'ready',
    map: {
      doc,
      storage,
      sync: conn,
      connection: conn && chosen ? chosen.connection : null,
      store,
      undo,
      close() {
        stopReporting();
        void tracker.stop();
        undo.destroy();
        store.destroy();
        conn?.destroy();
        // queued writes still go out after destroy (see storage); the doc can go
        storage.destroy();
        doc.destroy();
      },
    },
  };
}

/** Picks the map's connection (the order is in the file comment) and stores a new link. */
async function chooseConnection(
  mapId: string,
  token: string | null,
  shown: Promise<void>,
): Promise<Chosen | null> {
  // a link names the relay that served it: this page's own origin
  const origin = window.location.origin;
  if (token) {
    const link = readLinkToken(token);
    if (link.kind === 'admin')
      return { connection: { relayUrl: origin, token }, role: 'admin', scope: 'device' };
    if (link.kind === 'workspace')
      return { connection: { relayUrl: origin, token }, role: link.role, scope: 'device' };
    if (link.kind === 'unreadable' || link.mapId === mapId) {
      const connection = { relayUrl: origin, token };
      // stored in idle time, after the board's first paint (Dexie's code and database
      // would compete with it): the open uses the link itself, and a later "forget this
      // link" (4401) waits for this write
      const saved = afterFirstPaint(shown).then(() =>
        setMapConnection(mapId, connection).catch(() => undefined),
      );
      return { connection, role: claimedRole(token, mapId), scope: 'map', saved };
    }
  }
  const saved = await getMapConnection(mapId).catch(() => undefined);
  if (saved?.token) {
    const connection = { relayUrl: saved.relayUrl, token: saved.token };
    return { connection, role: claimedRole(saved.token, mapId), scope: 'map' };
  }
  const device = getDeviceConnection();
  return device
    ? { connection: device, role: claimedRole(device.token, mapId), scope: 'device' }
    : null;
}

/**
 * Keeps the catalog's sync state (home screen) in step with the connection, and
 * forgets a token the relay refused. Writes go out in order, after `first`.
 */
function reportSyncState(
  mapId: string,
  sync: SyncConnection | null,
  chosen: Chosen | null,
  entry: CatalogEntry | undefined,
  first: Promise<void>,
): () => void {
  let chain = first.catch(() => undefined);
  const write = (state: 'local' | 'pending' | 'synced') => {
    chain = chain.then(() => setMapSyncState(mapId, state)).catch(() => undefined);
  };
  if (!sync || !chosen) {
    if (entry && entry.syncState !== 'local') write('local');
    return () => {};
  }
  const stopFollowing = followCatalogSyncState(sync.status, write);
  const stopWatching = sync.status.subscribe((state, before) => {
    if (state.error !== 'unauthorized' || before.error === 'unauthorized') return;
    if (chosen.scope === 'map')
      void (chosen.saved ?? Promise.resolve()).then(() =>
        setMapConnection(mapId, null).catch(() => undefined),
      );
    else if (getDeviceConnection()?.token === chosen.connection.token) setDeviceConnection(null);
  });
  return () => {
    stopFollowing();
    stopWatching();
  };
}

/** Performance marks (`jb:open:<step>`) so benchmarks can see where opening spends its time. */
function mark(step: string): void {
  globalThis.performance?.mark?.(`jb:open:${step}`);
}
