/** Per-connection and per-address limits. Pure bookkeeping; the caller decides what to close. */

/** Classic token bucket: `burst` tokens, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether `amount` is there to spend now (a cost known before it is spent). */
  covers(amount: number): boolean {
    this.refill();
    return this.tokens >= amount;
  }

  /**
   * Spends `amount` (bytes, milliseconds of work) that is already used: the bucket may go
   * below zero. False when it is empty afterwards — the spender is over its budget.
   */
  spend(amount: number): boolean {
    this.refill();
    this.tokens -= amount;
    return this.tokens > 0;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}

/** Counts open connections per remote address. */
export class AddressCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Registers one more connection; false (and nothing registered) when over the limit. */
  acquire(address: string): boolean {
    const n = this.counts.get(address) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(address, n + 1);
    return true;
  }

  release(address: string): void {
    const n = (this.counts.get(address) ?? 1) - 1;
    if (n <= 0) this.counts.delete(address);
    else this.counts.set(address, n);
  }
}

/** The 1–64 character id rule of format v1; also the room name rule. */
export const MAP_ID_RULE = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidMapId(id: string): boolean {
  return MAP_ID_RULE.test(id);
}
