/**
 * The workshop countdown. Its state is written in RELAY-clock milliseconds (each
 * client knows its offset to the relay, see clockSync.ts), so people whose laptop
 * clocks disagree by minutes still see the same seconds left.
 *
 * Scope: document (workshop map). No timer = no key.
 */

/** Longer than this is not a timebox any more. */
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000;

export type TimerState =
  | {
      readonly status: 'running';
      /** relay-clock ms at which it reaches zero */
      readonly endsAt: number;
      /** the length it was started with plus extensions, for the progress ring */
      readonly durationMs: number;
    }
  | {
      readonly status: 'paused';
      readonly remainingMs: number;
      readonly durationMs: number;
    };

function checkMs(ms: number, what: string): void {
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_TIMER_MS) {
    throw new RangeError(`${what} must be between 1 ms and ${MAX_TIMER_MS} ms, got ${ms}`);
  }
}

/** Milliseconds left at relay time `relayNow` (never negative). */
export function remaining(timer: TimerState, relayNow: number): number {
  if (timer.status === 'paused') return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.endsAt - relayNow);
}

/** True once a running timer has reached zero. */
export function isFinished(timer: TimerState, relayNow: number): boolean {
  return timer.status === 'running' && relayNow >= timer.endsAt;
}

/** A new running countdown of `durationMs` from relay time `relayNow`. */
export function startTimer(durationMs: number, relayNow: number): TimerState {
  checkMs(durationMs, 'duration');
  return { status: 'running', endsAt: relayNow + durationMs, durationMs };
}

/** Freezes the time left. Pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, relayNow: number): TimerState {
  if (timer.status === 'paused') return timer;
  return {
    status: 'paused',
    remainingMs: remaining(timer, relayNow),
    durationMs: timer.durationMs,
  };
}

/** Runs on from where it was paused. Resuming a running timer changes nothing. */
export function resumeTimer(timer: TimerState, relayNow: number): TimerState {
  if (timer.status === 'running') return timer;
  return { status: 'running', endsAt: relayNow + timer.remainingMs, durationMs: timer.durationMs };
}

/** Adds time; a timer that already ran out counts again from now. */
export function extendTimer(timer: TimerState, extraMs: number, relayNow: number): TimerState {
  checkMs(extraMs, 'extension');
  if (timer.status === 'paused') {
    const remainingMs = Math.min(MAX_TIMER_MS, timer.remainingMs + extraMs);
    return { status: 'paused', remainingMs, durationMs: Math.max(timer.durationMs, remainingMs) };
  }
  const left = remaining(timer, relayNow);
  const endsAt = relayNow + Math.min(MAX_TIMER_MS, left + extraMs);
  return { status: 'running', endsAt, durationMs: Math.max(timer.durationMs, endsAt - relayNow) };
}

/** Reads a timer from the document; anything malformed counts as "no timer". */
export function parseTimer(raw: unknown): TimerState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!ok(r.durationMs) || r.durationMs <= 0) return null;
  if (r.status === 'running' && ok(r.endsAt))
    return { status: 'running', endsAt: r.endsAt, durationMs: r.durationMs };
  if (r.status === 'paused' && ok(r.remainingMs) && r.remainingMs >= 0) {
    return { status: 'paused', remainingMs: r.remainingMs, durationMs: r.durationMs };
  }
  return null;
}

/** `m:ss` (or `h:mm:ss`) for the time left, rounded UP so "0:00" means it is over. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
