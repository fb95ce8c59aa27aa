/**
 * The clock of the apply-time budgets (frameWork.ts): how long one frame's decode and
 * apply took. The relay thread charges process CPU time (a busy machine must not make a
 * calm client look expensive). A room worker cannot: Node 20 has no per-thread CPU time,
 * and the process's counts every other worker and the relay thread too — a calm map's
 * frame would pay for a flood on another worker. So a worker charges its own wall time
 * around the apply (stricter under load, never charged for another thread's work).
 */

/** Starts measuring; the returned function gives the milliseconds spent so far. */
export type WorkClock = () => () => number;

export const processCpu: WorkClock = () => {
  const started = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
};

/** This thread's wall time; `total` adds up every measured span (the worker's metrics). */
export function threadWall(total: { ms: number }): WorkClock {
  return () => {
    const started = performance.now();
    return () => {
      const ms = performance.now() - started;
      total.ms += ms;
      return ms;
    };
  };
}
