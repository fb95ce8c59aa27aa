/**
 * The relay's clock, as this client sees it: several `GET /api/time` samples,
 * combined NTP style (model/workshop/clockSync), repeated now and then because
 * laptop clocks drift and sleep. Until the first answer the local clock is used.
 */
import {
  estimateOffset,
  type ClockEstimate,
  type ClockSample,
} from '../../model/workshop/clockSync';

export interface RelayClock {
  /** relay-clock ms since epoch */
  now(): number;
  /** latest estimate, null before the first successful sync */
  estimate(): ClockEstimate | null;
  /** takes fresh samples; resolves with the new estimate (null when the relay did not answer) */
  sync(): Promise<ClockEstimate | null>;
  destroy(): void;
}

export interface RelayClockOptions {
  /** e.g. `http://127.0.0.1:8080/api/time` */
  readonly timeUrl: string;
  readonly samples?: number;
  /** re-sync interval; 0 = never */
  readonly resyncMs?: number;
  readonly fetch?: typeof globalThis.fetch;
  readonly localNow?: () => number;
}

/** The time endpoint of a relay, from its ws(s) or http(s) base URL (any path is dropped). */
export function timeUrlFor(relayUrl: string): string {
  const url = new URL(relayUrl);
  url.protocol =
    url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol;
  url.pathname = '/api/time';
  url.search = '';
  url.hash = '';
  return url.toString();
}

export function createRelayClock(options: RelayClockOptions): RelayClock {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const localNow = options.localNow ?? Date.now;
  const count = options.samples ?? 5;
  let current: ClockEstimate | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let destroyed = false;

  async function sampleOnce(): Promise<ClockSample | null> {
    const sentAt = localNow();
    try {
      const res = await fetchFn(options.timeUrl, { cache: 'no-store' });
      const receivedAt = localNow();
      if (!res.ok) return null;
      const body = (await res.json()) as { now?: unknown };
      return typeof body.now === 'number' ? { sentAt, receivedAt, relayNow: body.now } : null;
    } catch {
      return null; // offline or an older relay: keep the previous estimate
    }
  }

  async function sync(): Promise<ClockEstimate | null> {
    const samples: ClockSample[] = [];
    // one after another: parallel requests would queue behind each other and skew RTTs
    for (let i = 0; i < count && !destroyed; i++) {
      const s = await sampleOnce();
      if (s) samples.push(s);
    }
    const next = estimateOffset(samples);
    if (next) current = next;
    return next;
  }

  if (options.resyncMs) timer = setInterval(() => void sync(), options.resyncMs);

  return {
    now: () => localNow() + (current?.offsetMs ?? 0),
    estimate: () => current,
    sync,
    destroy() {
      destroyed = true;
      if (timer) clearInterval(timer);
    },
  };
}
