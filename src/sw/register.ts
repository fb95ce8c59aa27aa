/**
 * Registers the service worker in production builds and tells when a new version
 * waits. The new version takes over only when the user asks (`applyUpdate`), after
 * every open map has stored its edits, then the page reloads.
 */
import { openStorages } from '../storage';

type Listener = () => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  listeners.forEach((l) => l());
}

/** Whether a new version is installed and waiting. */
export function isUpdateAvailable(): boolean {
  return waiting !== null;
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Call once at start-up. Does nothing in dev builds or without service worker support. */
export async function registerServiceWorker(options: { force?: boolean } = {}): Promise<void> {
  if (!(import.meta.env.PROD || options.force) || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    // a waiting worker while a controller runs = an update (the very first install is not one)
    if (registration.waiting && navigator.serviceWorker.controller)
      setWaiting(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller)
          setWaiting(installing);
      });
    });
    const check = () => void registration.update().catch(() => undefined);
    setInterval(check, 30 * 60_000);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'visible' && check(),
    );
  } catch (error) {
    // the app works without it (only offline start is lost); say so in the console
    console.warn('service worker registration failed', error);
  }
}

/** How this page reloads (a seam for tests: happy-dom cannot reload). */
export const page = { reload: () => window.location.reload() };

/**
 * Resolves once `worker` is the active version. Another tab may already have
 * activated it — then `controllerchange` has fired here long ago (or never will),
 * so the worker's own state decides, not only that event.
 */
function whenActive(worker: ServiceWorker): Promise<void> {
  const container = navigator.serviceWorker;
  const active = () =>
    worker.state === 'activated' || worker.state === 'redundant' || container.controller === worker;
  if (active()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      container.removeEventListener('controllerchange', finish);
      worker.removeEventListener('statechange', onState);
      resolve();
    };
    const onState = () => active() && finish();
    container.addEventListener('controllerchange', finish);
    worker.addEventListener('statechange', onState);
    // harmless when it is already activating because another tab asked
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** Stores pending edits, activates the waiting version (if no other tab did), and reloads. */
export async function applyUpdate(): Promise<void> {
  const worker = waiting;
  if (!worker) return;
  await Promise.all(openStorages().map((s) => s.flush()));
  await whenActive(worker);
  page.reload();
}
