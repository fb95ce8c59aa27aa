/**
 * Leading + trailing throttle: the first call runs at once, calls within the
 * interval collapse into one trailing run with the latest arguments, so the
 * final position of a cursor is never lost and there are at most
 * 1000 / intervalMs runs per second. Uses the global timers (vitest fake timers
 * drive it in tests).
 */
export interface Throttled<A extends unknown[]> {
  (...args: A): void;
  /** run a pending trailing call now */
  flush(): void;
  /** drop a pending trailing call */
  cancel(): void;
}

export function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  intervalMs: number,
): Throttled<A> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;

  const run = (args: A) => {
    last = Date.now();
    pending = null;
    fn(...args);
  };
  const fire = () => {
    timer = null;
    if (pending) run(pending);
  };

  const throttled = ((...args: A) => {
    const wait = last + intervalMs - Date.now();
    if (wait <= 0 && timer === null) {
      run(args);
      return;
    }
    pending = args;
    if (timer === null) timer = setTimeout(fire, Math.max(0, wait));
  }) as Throttled<A>;
  throttled.flush = () => {
    if (timer !== null) clearTimeout(timer);
    fire();
  };
  throttled.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
