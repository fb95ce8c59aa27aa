/**
 * One SQLite writer at a time across room workers, without SQLite's busy handler.
 *
 * Every room worker has its own connection to the same file (shards.ts). When two
 * begin a write transaction at once, SQLite lets one wait in its busy handler, which
 * SLEEPS 1, 2, 5, 10, 15, 20 … ms between tries (not woken when the lock is free): a
 * commit that should wait 1 ms for the other worker's fsync waited 3, 8, 18 ms, and the
 * capacity benchmark's commit p99 was 22 ms. This lock is one Int32 in a
 * SharedArrayBuffer all workers share: a worker that finds it taken waits on it
 * (Atomics.wait) and is woken (Atomics.notify) the moment the holder is done.
 *
 * The lock holds the holder's number (worker index + 1). A worker that dies while
 * holding it is released by the pool (`releaseIfHeldBy`); should that ever fail, a wait
 * gives up after `timeoutMs` and the transaction goes to SQLite's busy handler as before.
 */
const FREE = 0;

/** ES2024's Atomics.waitAsync (in Node since 16; not in this project's ES2023 lib types) */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      cell: Int32Array,
      index: number,
      value: number,
      timeoutMs: number,
    ): { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;
/** the relay thread's number (workers have their index + 1) */
export const RELAY_THREAD = 1 << 20;

export class WriteLock {
  private readonly cell: Int32Array;

  constructor(
    shared: SharedArrayBuffer,
    /** this thread's number, > 0 */
    private readonly owner: number,
    private readonly timeoutMs = 5000,
  ) {
    this.cell = new Int32Array(shared);
  }

  /** A buffer for a new lock (pass it to every thread that writes). */
  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  }

  /** Runs `work` (synchronous) holding the lock. */
  hold<T>(work: () => T): T {
    const took = this.acquire();
    try {
      return work();
    } finally {
      if (took) this.release();
    }
  }

  /**
   * Runs `work` (synchronous) holding the lock, waiting WITHOUT blocking this thread
   * (Atomics.waitAsync): for the relay thread, whose event loop serves every socket and
   * must never stop while a worker commits (a blocking wait could stall it for seconds).
   */
  async holdAsync<T>(work: () => T): Promise<T> {
    const took = await this.acquireAsync();
    try {
      return work();
    } finally {
      if (took) this.release();
    }
  }

  private async acquireAsync(): Promise<boolean> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const held = Atomics.compareExchange(this.cell, 0, FREE, this.owner);
      if (held === FREE) return true;
      if (held === this.owner) return false; // cannot happen between awaits: work is synchronous
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const waiting = waitAsync(this.cell, 0, held, left);
      if (waiting.async) await waiting.value;
    }
  }

  private acquire(): boolean {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const held = Atomics.compareExchange(this.cell, 0, FREE, this.owner);
      if (held === FREE) return true;
      if (held === this.owner) return false; // re-entered: the outer hold releases
      const left = deadline - Date.now();
      if (left <= 0) return false;
      Atomics.wait(this.cell, 0, held, left);
    }
  }

  private release(): void {
    Atomics.store(this.cell, 0, FREE);
    Atomics.notify(this.cell, 0, 1);
  }

  /** Frees the lock if `owner` holds it (that thread died holding it). */
  static releaseIfHeldBy(shared: SharedArrayBuffer, owner: number): void {
    const cell = new Int32Array(shared);
    if (Atomics.compareExchange(cell, 0, owner, FREE) === owner) Atomics.notify(cell, 0, 1);
  }
}
