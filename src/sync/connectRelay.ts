/**
 * connectRelay: the stock y-websocket provider plus what the app needs on top —
 * a status store, the role the relay granted, permanent errors, and a count of
 * local changes the relay has not confirmed.
 *
 * How confirmation works without changing the protocol: the relay handles each
 * socket's messages in order and stores an update before it handles the next
 * message. So when the answer (sync step 2) to a sync step 1 we sent AFTER some
 * local updates arrives, those updates are stored. We send such a probe after the
 * first sync and whenever local updates are waiting, one probe at a time.
 * A viewer's local changes are never confirmed: the relay drops them unstored.
 *
 * Permanent errors (status.ts) stop the reconnect loop: the stock client already
 * stops after 44xx closes; after 1009 (a frame over MAX_MESSAGE_BYTES) it would resend
 * the same bytes forever, so we stop it ourselves.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider, messageAuth, messageSync } from 'y-websocket';
import type * as Y from 'yjs';
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { applyReceived } from './firstContent';
import { watchLiveness } from './liveness';
import { pendingActions } from './pendingActions';
import { INITIAL_SYNC_STATE, errorForCloseCode, isSyncRole } from './status';
import type { SyncRole, SyncState } from './status';

/** Auth sub-type the relay uses to announce the role (see server/protocol.ts). */
const AUTH_ROLE = 100;
const AUTH_PERMISSION_DENIED = 0;
/** WebSocket.OPEN; not every WebSocket implementation has it on instances */
const OPEN = 1;

export interface RelayOptions {
  readonly mapId: string;
  /** the relay's base URL: ws(s)://host:port or http(s)://host:port; `/sync` is added */
  readonly relayUrl: string;
  readonly token: string;
  /** for node (CLI, tests): the `ws` package's WebSocket */
  readonly WebSocketImpl?: unknown;
  /** false: create without connecting (call `connect()`) */
  readonly connect?: boolean;
  /** share an existing awareness instance (presence) */
  readonly awareness?: Awareness;
  /** the role the token claims (links.ts), shown until the relay tells the real one */
  readonly role?: SyncRole | null;
  /**
   * whether the doc's content from before connecting counts as one change the relay
   * has not confirmed (default: when there is content). The app passes false for a
   * map the catalog already knew as synced.
   */
  readonly unconfirmedContent?: boolean;
  /**
   * where the count of unconfirmed user actions outlives the page (a reload while
   * offline must still say "3 changes waiting"); read once, written on every change
   */
  readonly pendingStore?: PendingStore;
}

/** Keeps the pending-action count across reloads (the app: localStorage per map). */
export interface PendingStore {
  read(): number;
  write(count: number): void;
}

export interface SyncConnection {
  readonly status: StoreApi<SyncState>;
  readonly awareness: Awareness;
  readonly mapId: string;
  connect(): void;
  disconnect(): void;
  /** resolves once synced with nothing pending; rejects on a permanent error */
  flushed(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** `ws://host:port` from any of ws/wss/http/https base URLs, without a trailing slash. */
export function syncBaseUrl(relayUrl: string): string {
  return relayUrl.replace(/^http(s?):/, 'ws$1:').replace(/\/+$/, '') + '/sync';
}

export function connectRelay(doc: Y.Doc, options: RelayOptions): SyncConnection {
  const status = createStore<SyncState>(() => ({
    ...INITIAL_SYNC_STATE,
    role: options.role ?? null,
  }));
  const provider = new WebsocketProvider(syncBaseUrl(options.relayUrl), options.mapId, doc, {
    params: { t: options.token },
    connect: false,
    disableBc: true, // every tab talks to the relay; the relay is the one source of order
    ...(options.WebSocketImpl
      ? { WebSocketPolyfill: options.WebSocketImpl as typeof WebSocket }
      : {}),
    ...(options.awareness ? { awareness: options.awareness } : {}),
  });

  // Local updates are numbered and grouped into user actions (pendingActions.ts); the
  // relay confirms them by number. Content that was there before we connected (e.g.
  // from IndexedDB) counts as the actions the store remembers (at least one) until the
  // first probe confirms the relay has it.
  const remembered = options.pendingStore?.read() ?? 0;
  const unconfirmed = options.unconfirmedContent ?? doc.store.clients.size > 0;
  const updates = pendingActions(remembered > 0 ? remembered : unconfirmed ? 1 : 0);
  // local changes made as a viewer: the relay drops them, so no probe can confirm them
  const refusedUpdates = pendingActions(0);
  let step2Seen = 0; // per connection: the first step 2 answers the provider's own step 1
  let probeInFlight: number | null = null;
  // after the first sync, a lost connection says "offline" (changes stay here), not "connecting"
  let everSynced = false;

  const set = (patch: Partial<SyncState>) => status.setState({ ...status.getState(), ...patch });
  let stored = remembered;
  const refresh = () => {
    const pendingChanges = updates.count() + refusedUpdates.count();
    const connected = provider.synced && provider.wsconnected;
    const synced = connected && !liveness.isLost();
    if (connected) everSynced = true;
    const trying = provider.wsconnected || provider.wsconnecting;
    set({
      pendingChanges,
      status: synced
        ? 'synced'
        : trying && !everSynced && !liveness.isLost()
          ? 'connecting'
          : 'offline',
      ...(synced && pendingChanges === 0 ? { lastSyncedAt: Date.now() } : {}),
    });
    if (pendingChanges !== stored) {
      stored = pendingChanges;
      options.pendingStore?.write(pendingChanges);
    }
  };
  const liveness = watchLiveness(provider, () => refresh());

  const sendProbe = () => {
    const ws = provider.ws;
    if (probeInFlight !== null || !provider.synced || !ws || ws.readyState !== OPEN) return;
    if (updates.latest === updates.confirmed) return;
    probeInFlight = updates.latest;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
  };

  const stockSync = provider.messageHandlers[messageSync]!;
  provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, type) => {
    const isStep2 = decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
    if (isStep2) {
      step2Seen += 1;
      // the first step 2 answers the provider's own step 1; later ones answer our probes
      if (step2Seen > 1 && probeInFlight !== null) {
        updates.confirm(probeInFlight);
        probeInFlight = null;
      }
    }
    if (isStep2 && step2Seen === 1) {
      // the relay's first answer: on a first visit, the whole map (firstContent.ts)
      const body = decoding.clone(decoder);
      decoding.readVarUint(body);
      const update = decoding.readVarUint8Array(body).slice();
      applyReceived(doc, update, provider, () => stockSync(encoder, decoder, p, emitSynced, type));
    } else stockSync(encoder, decoder, p, emitSynced, type);
    if (!isStep2) return;
    if (step2Seen === 1) set({ failedAttempts: 0 });
    refresh();
    // Our answer to the relay's step 1 (carrying everything local) went out before this
    // arrived, so a probe sent now confirms it.
    sendProbe();
  };
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    const sub = decoding.readVarUint(decoder);
    if (sub === AUTH_ROLE) {
      const role = decoding.readVarString(decoder);
      if (isSyncRole(role)) set({ role });
    } else if (sub === AUTH_PERMISSION_DENIED) {
      set({ error: 'refused' });
    }
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return; // came from the relay
    if (status.getState().role === 'view') {
      refusedUpdates.record(Date.now());
      refresh();
      return;
    }
    updates.record(Date.now());
    refresh();
    // a microtask lets one gesture's burst of updates share a probe
    queueMicrotask(sendProbe);
  };
  doc.on('update', onUpdate);

  provider.on('status', ({ status: s }) => {
    if (s === 'connecting' || s === 'connected') {
      step2Seen = 0;
      probeInFlight = null;
    }
    refresh();
  });
  provider.on('sync', refresh);
  provider.on('connection-close', (event) => {
    if (step2Seen === 0) set({ failedAttempts: status.getState().failedAttempts + 1 });
    probeInFlight = null;
    const error = event ? errorForCloseCode(event.code) : null;
    if (error) {
      // what the stock client does for 44xx, also for 1009: retrying cannot help
      provider.shouldConnect = false;
      set({ error });
    }
    refresh();
  });

  const connection: SyncConnection = {
    status,
    awareness: provider.awareness,
    mapId: options.mapId,
    connect() {
      set({ error: null });
      provider.connect();
      refresh();
    },
    disconnect() {
      provider.disconnect();
      refresh();
    },
    flushed(timeoutMs = 15_000) {
      return new Promise<void>((resolve, reject) => {
        const check = (s: SyncState) => {
          if (s.error) return finish(new Error(`relay refused the connection: ${s.error}`));
          if (s.status === 'synced' && s.pendingChanges === 0) finish();
        };
        const timer = setTimeout(
          () => finish(new Error('timed out waiting for the relay')),
          timeoutMs,
        );
        const unsubscribe = status.subscribe(check);
        function finish(error?: Error) {
          clearTimeout(timer);
          unsubscribe();
          if (error) reject(error);
          else resolve();
        }
        check(status.getState());
      });
    },
    destroy() {
      doc.off('update', onUpdate);
      liveness.stop();
      provider.destroy();
      set({ status: 'offline' });
    },
  };
  if (options.connect !== false) connection.connect();
  return connection;
}
