/**
 * Work that must not compete with the first paint (issue 18): the service worker's
 * registration and its precache of every chunk. Runs `task` once the page has loaded,
 * the routed map's open (if any) has settled, and the main thread is idle — after
 * React has rendered and painted what the open delivered. At most `timeoutMs` of idle
 * waiting, so a busy page still gets it.
 */
export function afterFirstPaint(
  opening: Promise<unknown>,
  task: () => void,
  timeoutMs = 5_000,
): void {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) =>
          window.addEventListener('load', () => resolve(), { once: true }),
        );
  const idle = () => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(task, { timeout: timeoutMs });
    else setTimeout(task, 0);
  };
  void Promise.all([loaded, opening.catch(() => undefined)]).then(idle);
}
