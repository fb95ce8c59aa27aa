/**
 * Work that must not compete with a map's first paint (issue 18): it waits until the
 * page is idle — after the board has painted — or at most a couple of seconds.
 */

/** How long idle-time work waits at most (a busy page still gets it done). */
const AT_THE_LATEST_MS = 2_000;

/** Resolves when the page is idle, at the latest after 2 s; at once where that is unknown. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return resolve();
    requestIdleCallback(() => resolve(), { timeout: AT_THE_LATEST_MS });
    // a tab closed first still gets its chance to write
    window.addEventListener('pagehide', () => resolve(), { once: true });
  });
}
