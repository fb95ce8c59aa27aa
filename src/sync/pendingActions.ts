/**
 * Counts what the user did, not Yjs updates: one new card is one change even though
 * adding it and typing its text write several updates. Local updates that follow
 * each other within ACTION_GAP_MS (typing, a drag's burst) form one action while the
 * relay has not confirmed the one before; the relay confirms updates by sequence
 * number (connectRelay's probes), and an action is pending while any of its updates is.
 */

/** Updates closer than this to the previous unconfirmed one belong to the same action. */
export const ACTION_GAP_MS = 1500;

export interface PendingActions {
  /** a local update happened; returns its sequence number */
  record(now: number): number;
  /** every update up to and including `seq` is stored by the relay */
  confirm(seq: number): void;
  /** the last sequence number handed out */
  readonly latest: number;
  /** the relay confirmed everything up to here */
  readonly confirmed: number;
  /** user actions with at least one unconfirmed update */
  count(): number;
}

/**
 * `initialActions`: actions from before this connection (content loaded from the
 * device, e.g. edits made offline before a reload); they ride on sequence number 1
 * and are confirmed by the first probe.
 */
export function pendingActions(initialActions: number): PendingActions {
  // sequence number -> [first action, last action] it belongs to
  const actions = new Map<number, readonly [number, number]>();
  let seq = 0;
  let acked = 0;
  let lastAction = 0;
  let lastAt = Number.NEGATIVE_INFINITY;
  if (initialActions > 0) {
    seq = 1;
    lastAction = initialActions;
    actions.set(1, [1, initialActions]);
  }
  return {
    record(now) {
      seq += 1;
      const joins = seq - 1 > acked && now - lastAt < ACTION_GAP_MS;
      if (!joins) lastAction += 1;
      lastAt = now;
      actions.set(seq, [lastAction, lastAction]);
      return seq;
    },
    confirm(upTo) {
      for (let s = acked + 1; s <= upTo; s++) actions.delete(s);
      acked = Math.max(acked, upTo);
    },
    get latest() {
      return seq;
    },
    get confirmed() {
      return acked;
    },
    count() {
      if (seq <= acked) return 0;
      const first = actions.get(acked + 1)?.[0] ?? lastAction;
      return lastAction - first + 1;
    },
  };
}
