/**
 * One open map's local persistence: load before anything else, then store every
 * update, tracking what is not yet durable. Failed writes are kept, surfaced in
 * `status`, and retried with backoff — never dropped.
 *
 *   doc update ──► queue ──(after the next paint)──► DocumentStore.store ──ok──► saved
 *                    ▲                        └─fail─► status.error, retry later
 *                    └── (merged with later updates while waiting)
 */
import * as Y from 'yjs';
import type { DocumentStore } from './documentStore';
import { toStorageError, type StorageError } from './errors';
import { requestPersistentStorage } from './persist';
import { afterPaint } from './afterPaint';
import { startTabSync, type TabSync } from './tabSync';
import { storage } from './backend';

/** Updates from this size on are written in idle time (see pumpWhenIdle). */
const BIG_UPDATE = 64 * 1024;

export type StoragePhase = 'loading' | 'saved' | 'saving' | 'error';

export interface StorageStatus {
  readonly phase: StoragePhase;
  /** the last failure while it is unresolved */
  readonly error: StorageError | null;
  /** failed attempts in a row */
  readonly attempts: number;
}

export interface MapStorage {
  /** Resolves once the stored document is in the doc; rejects (StorageError) if it cannot be read. */
  readonly whenLoaded: Promise<void>;
  /**
   * Whether this device noted stored content for the map when it opened (read without
   * opening IndexedDB; DocumentStore.noted). `false`: most likely nothing to wait for.
   */
  readonly noted: boolean;
  /** true while some update is not yet written (or failed and waits for a retry). */
  hasUnsavedChanges(): boolean;
  /** Resolves when everything so far is written; rejects if the next write attempt fails (retries go on). */
  flush(): Promise<void>;
  getStatus(): StorageStatus;
  /** stable bound function, fit for useSyncExternalStore */
  subscribe(listener: () => void): () => void;
  /**
   * Stops listening to the doc; what is queued is still written, and the database is
   * closed only after that. Destroying the doc right after (or instead) is safe.
   */
  destroy(): void;
}

export interface OpenOptions {
  documents?: DocumentStore;
  /** exchange updates with other tabs over BroadcastChannel (default true) */
  tabSync?: boolean;
  /** first retry delay; doubles up to `maxRetryMs` */
  retryMs?: number;
  maxRetryMs?: number;
}

const open = new Set<MapStorage>();

/** Every map storage open in this tab (for the unload guard and app updates). */
export function openStorages(): readonly MapStorage[] {
  return [...open];
}

/** Opens local storage for `doc` (a fresh, empty Y.Doc) as map `mapId`. */
export function openMapStorage(mapId: string, doc: Y.Doc, options: OpenOptions = {}): MapStorage {
  const documents = options.documents ?? storage().documents;
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const noted = documents.noted(mapId);
  const binding = documents.attach(mapId, doc);
  const listeners = new Set<() => void>();
  let status: StorageStatus = { phase: 'loading', error: null, attempts: 0 };
  let loaded = false;
  let queue: Uint8Array[] = [];
  let inFlight = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closing = false;
  let tabSync: TabSync | null = null;
  let waiters: { resolve(): void; reject(error: StorageError): void }[] = [];

  const setStatus = (next: StorageStatus) => {
    status = next;
    listeners.forEach((l) => l());
  };
  const unsaved = () => queue.length > 0 || inFlight;

  const settleWaiters = (error?: StorageError) => {
    const current = waiters;
    waiters = [];
    current.forEach((w) => (error ? w.reject(error) : w.resolve()));
  };

  const pump = async (): Promise<void> => {
    if (!loaded || inFlight || retryTimer || queue.length === 0) return;
    inFlight = true;
    const batch = queue.length === 1 ? queue[0]! : Y.mergeUpdates(queue);
    queue = [];
    if (status.phase !== 'error') setStatus({ ...status, phase: 'saving' });
    try {
      await binding.store(batch);
      inFlight = false;
      if (queue.length > 0) return void pump();
      setStatus({ phase: 'saved', error: null, attempts: 0 });
      settleWaiters();
      if (closing) finishClose();
    } catch (caught) {
      inFlight = false;
      queue.unshift(batch);
      const error = toStorageError('write-failed', caught);
      const attempts = status.attempts + 1;
      setStatus({ phase: 'error', error, attempts });
      settleWaiters(error);
      const delay = Math.min(maxRetryMs, retryMs * 2 ** (attempts - 1));
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void pump();
      }, delay);
    }
  };

  // written after the frame that shows the update: the write and its status change
  // never delay a paint (the queue keeps it unsaved meanwhile, for the unload guard)
  let pumpScheduled = false;
  const pumpAfterPaint = () => {
    if (pumpScheduled) return;
    pumpScheduled = true;
    afterPaint(() => {
      pumpScheduled = false;
      void pump();
    });
  };
  // a big update (a first visit receiving a whole big map) waits for idle time, 1 s at
  // most: Chromium serialises a large IndexedDB value on the main thread (~50 ms for
  // 2,000 cards), which would otherwise land between the content and the board's paint
  const pumpWhenIdle = () => {
    if (pumpScheduled) return;
    pumpScheduled = true;
    requestIdleCallback(
      () => {
        pumpScheduled = false;
        void pump();
      },
      { timeout: 1_000 },
    );
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === binding.origin) return;
    queue.push(update);
    if (update.length >= BIG_UPDATE && typeof requestIdleCallback === 'function') pumpWhenIdle();
    else pumpAfterPaint();
  };
  // a closing tab gives no frame to wait for
  const onPageHide = () => void pump();
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);
  // No 'update' listener while the stored content loads: Yjs would encode every loaded
  // update (a big map's whole document) only for onUpdate to drop it. A write from
  // elsewhere meanwhile is noted, and the doc's whole state stored once loaded.
  let missed = false;
  const whileLoading = (transaction: Y.Transaction) => {
    if (transaction.origin !== binding.origin) missed = true;
  };
  doc.on('afterTransaction', whileLoading);
  const listen = () => {
    doc.off('afterTransaction', whileLoading);
    doc.on('update', onUpdate);
    if (missed) queue.push(Y.encodeStateAsUpdate(doc));
  };
  // destroying the doc closes its storage too, still writing what is queued
  const onDocDestroy = () => storageHandle.destroy();
  doc.on('destroy', onDocDestroy);

  const whenLoaded = binding.whenLoaded.then(
    () => {
      loaded = true;
      if (!closing) listen();
      if (!closing && options.tabSync !== false) tabSync = startTabSync(mapId, doc);
      setStatus({ phase: 'saved', error: null, attempts: 0 });
      void pump();
    },
    (caught: unknown) => {
      const error = toStorageError('load-failed', caught);
      setStatus({ phase: 'error', error, attempts: 0 });
      throw error;
    },
  );
  // the route awaits whenLoaded; this keeps an unobserved rejection from being reported twice
  whenLoaded.catch(() => undefined);

  const finishClose = () => {
    if (unsaved()) return;
    if (retryTimer) clearTimeout(retryTimer);
    // only now: until the last write lands the unload guard must still see this storage
    open.delete(storageHandle);
    if (open.size === 0) removeUnloadGuard();
    void binding.destroy();
  };

  const storageHandle: MapStorage = {
    whenLoaded,
    noted,
    hasUnsavedChanges: unsaved,
    flush() {
      if (!unsaved()) return Promise.resolve();
      // in the error state this waits for the next retry's outcome
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      if (closing) return;
      closing = true;
      doc.off('afterTransaction', whileLoading);
      doc.off('update', onUpdate);
      doc.off('destroy', onDocDestroy);
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      tabSync?.destroy();
      void pump();
      // a load that never finished has nothing to write; otherwise drain the queue first
      if (!loaded) queue = [];
      finishClose();
    },
  };
  open.add(storageHandle);
  installUnloadGuard();
  void requestPersistentStorage();
  return storageHandle;
}

let guardInstalled = false;
function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!openStorages().some((s) => s.hasUnsavedChanges())) return;
  // the browser shows its own generic "leave site?" text
  event.preventDefault();
  event.returnValue = '';
}
function installUnloadGuard() {
  if (guardInstalled || typeof window === 'undefined') return;
  window.addEventListener('beforeunload', onBeforeUnload);
  guardInstalled = true;
}
function removeUnloadGuard() {
  if (!guardInstalled || typeof window === 'undefined') return;
  window.removeEventListener('beforeunload', onBeforeUnload);
  guardInstalled = false;
}
