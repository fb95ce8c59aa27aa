/**
 * Work that must not compete with a map's first paint (issue 18): it waits until the
 * map is shown — the frame after the open is ready has been painted — and then for
 * idle time. A page waiting for the relay's content is idle too, but work started
 * then (Dexie's code and database, ~60–100 ms on a big map's first visit) would still
 * be running when the content arrives, in front of its apply and the board's render.
 */
import { afterPaint } from '../storage/afterPaint';

/** How long idle-time work waits at most once the map is shown (a busy page still gets it done). */
const AT_THE_LATEST_MS = 2_000;
/** …and at most in all, for an open that never becomes ready. */
const NEVER_SHOWN_MS = 10_000;

/**
 * Resolves when the page is idle after `shown` settled and its frame was painted (2 s
 * at the latest after that, 10 s at the latest in all); at once where idle time is
 * unknown; when the tab is hidden or closes, at once, so it still gets its chance to write.
 */
export function afterFirstPaint(shown: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return resolve();
    const done = () => {
      clearTimeout(cap);
      window.removeEventListener('pagehide', done);
      document.removeEventListener('visibilitychange', onHidden);
      resolve();
    };
    // a tab switched away from may be closed next: write then, as the catalog row does
    // (storage/catalogSync.ts) — pagehide alone may leave too little time to load Dexie
    const onHidden = () => {
      if (document.visibilityState === 'hidden') done();
    };
    const cap = setTimeout(done, NEVER_SHOWN_MS);
    const whenIdle = () => requestIdleCallback(done, { timeout: AT_THE_LATEST_MS });
    void shown.then(
      () => afterPaint(whenIdle),
      () => afterPaint(whenIdle),
    );
    window.addEventListener('pagehide', done, { once: true });
    document.addEventListener('visibilitychange', onHidden);
  });
}
