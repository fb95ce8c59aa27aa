/**
 * Estimating how far this device's clock is from the relay's, NTP style: for each
 * request we know when we sent it and got the answer (local clock) and what the
 * relay's clock said in between. Assuming the answer was stamped halfway through
 * the round trip, offset = relayNow - (sentAt + rtt / 2). The samples with the
 * shortest round trips have the least room for asymmetric delay, so only those
 * count.
 */

export interface ClockSample {
  /** local ms when the request left */
  readonly sentAt: number;
  /** local ms when the answer arrived */
  readonly receivedAt: number;
  /** the relay's ms since epoch, from the answer */
  readonly relayNow: number;
}

export interface ClockEstimate {
  /** add to the local clock to get relay time */
  readonly offsetMs: number;
  /** round trip of the best sample; the estimate is good to about half of it */
  readonly rttMs: number;
  /** how many samples were usable */
  readonly samples: number;
}

/** Offset that one sample suggests. */
export function sampleOffset(sample: ClockSample): number {
  const rtt = sample.receivedAt - sample.sentAt;
  return sample.relayNow - (sample.sentAt + rtt / 2);
}

/**
 * Combines samples: drops impossible ones (negative round trip, non-finite), keeps
 * the fastest third (at least one) and takes the median of their offsets, so one
 * delayed answer cannot pull the clock. Returns null without a usable sample.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  const usable = samples.filter(
    (s) =>
      Number.isFinite(s.sentAt) &&
      Number.isFinite(s.receivedAt) &&
      Number.isFinite(s.relayNow) &&
      s.receivedAt >= s.sentAt,
  );
  if (usable.length === 0) return null;
  const byRtt = [...usable].sort((a, b) => a.receivedAt - a.sentAt - (b.receivedAt - b.sentAt));
  const best = byRtt.slice(0, Math.max(1, Math.ceil(byRtt.length / 3)));
  const offsets = best.map(sampleOffset).sort((a, b) => a - b);
  const mid = Math.floor(offsets.length / 2);
  const offsetMs =
    offsets.length % 2 === 1
      ? (offsets[mid] as number)
      : ((offsets[mid - 1] as number) + (offsets[mid] as number)) / 2;
  const first = best[0] as ClockSample;
  return {
    offsetMs: Math.round(offsetMs),
    rttMs: first.receivedAt - first.sentAt,
    samples: usable.length,
  };
}
