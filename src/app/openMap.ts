/**
 * Opening a map, in the order that keeps data safe: a fresh Y.Doc, local storage
 * loaded first, then the relay (when one is known), then the snapshot store and
 * the local undo history. Never seeds content: a map that is neither stored here
 * nor on the relay is "not found".
 */
import * as Y from 'yjs';
import {
  createSnapshotStore,
  createUndoManager,
  isMapDoc,
  type SnapshotStore,
  type UndoController,
} from '../doc';
import {
  getMapConnection,
  openMapStorage,
  setMapConnection,
  trackCatalog,
  type MapConnection,
  type MapStorage,
} from '../storage';
import { connectRelay, type SyncConnection } from '../sync';

export interface OpenedMap {
  readonly doc: Y.Doc;
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
const REMOTE_WAIT_MS = 15_000;

/** Opens map `mapId`; `token` comes from a share link (`?t=`) and is remembered for this map. */
export async function openMap(
  mapId: string,
  token: string | null,
  signal: AbortSignal,
): Promise<OpenResult> {
  mark('start');
  const doc = new Y.Doc();
  const storage = openMapStorage(mapId, doc);
  let sync: SyncConnection | null = null;
  let connection: MapConnection | undefined;
  const fail = (result: OpenResult): OpenResult => {
    sync?.destroy();
    storage.destroy();
    doc.destroy();
    return result;
  };
  try {
    await storage.whenLoaded;
    mark('stored');
    connection = await getMapConnection(mapId).catch(() => undefined);
    if (token) {
      // a share link names the relay that served it: this page's own origin
      connection = { relayUrl: window.location.origin, token };
      await setMapConnection(mapId, connection).catch(() => undefined);
    }
    mark('connection');
    if (signal.aborted) return fail({ kind: 'not-found' });
    if (connection?.token) {
      sync = connectRelay(doc, { mapId, relayUrl: connection.relayUrl, token: connection.token });
    }
    if (!isMapDoc(doc)) {
      if (!sync || !(await arrives(doc, sync, signal))) return fail({ kind: 'not-found' });
    }
  } catch (error) {
    return fail({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  const store = createSnapshotStore(doc);
  mark('snapshot');
  const undo = createUndoManager(doc);
  const tracker = trackCatalog(mapId, store);
  mark('ready');
  const conn = sync;
  return {
    kind: 'ready',
    map: {
      doc,
      storage,
      sync: conn,
      connection: conn && connection ? connection : null,
      store,
      undo,
      close() {
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

/** Performance marks (`jb:open:<step>`) so benchmarks can see where opening spends its time. */
function mark(step: string): void {
  globalThis.performance?.mark?.(`jb:open:${step}`);
}

/** Resolves true once the relay delivered map content, false on a relay error, timeout or abort. */
function arrives(doc: Y.Doc, sync: SyncConnection, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      doc.off('update', onUpdate);
      unsubscribe();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onUpdate = () => {
      if (isMapDoc(doc)) done(true);
    };
    const onAbort = () => done(false);
    const unsubscribe = sync.status.subscribe((state) => {
      if (state.error) done(false);
      // synced and still empty: the relay does not have this map either
      else if (state.status === 'synced' && !isMapDoc(doc)) done(false);
    });
    const timer = setTimeout(() => done(false), REMOTE_WAIT_MS);
    doc.on('update', onUpdate);
    signal.addEventListener('abort', onAbort);
  });
}
