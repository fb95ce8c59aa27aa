/**
 * Timer commands. Times are relay-clock ms (`relayNow` from the client's clock
 * sync), so every participant counts down to the same instant.
 */
import type * as Y from 'yjs';
import {
  extendTimer,
  parseTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from '../../model/workshop/timer';
import { invalid } from '../errors';
import { workshop, WORKSHOP_KEYS } from './keys';
import { WORKSHOP_ORIGIN } from './origin';

function write(doc: Y.Doc, timer: TimerState | null): void {
  doc.transact(() => {
    const root = workshop(doc);
    if (timer) root.set(WORKSHOP_KEYS.timer, { ...timer });
    else root.delete(WORKSHOP_KEYS.timer);
  }, WORKSHOP_ORIGIN);
}

function current(doc: Y.Doc): TimerState | null {
  return parseTimer(workshop(doc).get(WORKSHOP_KEYS.timer));
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof RangeError) throw invalid(e.message);
    throw e;
  }
}

/** Starts (or restarts) a countdown; DocError `invalid` outside 1 ms … 4 h. */
export function startWorkshopTimer(doc: Y.Doc, durationMs: number, relayNow: number): void {
  write(
    doc,
    guard(() => startTimer(durationMs, relayNow)),
  );
}

/** Pauses the running countdown; no-op without one. */
export function pauseWorkshopTimer(doc: Y.Doc, relayNow: number): void {
  const timer = current(doc);
  if (timer?.status === 'running') write(doc, pauseTimer(timer, relayNow));
}

/** Resumes a paused countdown; no-op otherwise. */
export function resumeWorkshopTimer(doc: Y.Doc, relayNow: number): void {
  const timer = current(doc);
  if (timer?.status === 'paused') write(doc, resumeTimer(timer, relayNow));
}

/** Adds time to the countdown (or starts one of `extraMs` when there is none). */
export function extendWorkshopTimer(doc: Y.Doc, extraMs: number, relayNow: number): void {
  const timer = current(doc);
  write(
    doc,
    guard(() => (timer ? extendTimer(timer, extraMs, relayNow) : startTimer(extraMs, relayNow))),
  );
}

/** Removes the countdown. */
export function stopWorkshopTimer(doc: Y.Doc): void {
  if (workshop(doc).has(WORKSHOP_KEYS.timer)) write(doc, null);
}
