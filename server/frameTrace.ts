/**
 * Timestamps along a frame's path through the relay, for profiling only
 * (`RELAY_TRACE=<dir>`; off — one boolean test per mark — otherwise). Each thread (the
 * relay thread, every room worker) keeps its marks in memory and writes them to
 * `<dir>/trace-<pid>-<thread>.json` when it stops; `bench/traceReport.ts` lines the
 * threads up (wall-clock microseconds: `performance.timeOrigin + now()` is comparable
 * across threads) and says where the time of each forwarded update went.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The stages, in the order a forwarded update passes them. */
export const STAGES = [
  'r.frame', // relay thread: a frame came off a socket
  'r.posted', // relay thread: handed to its room (worker post or in-thread handling) done
  'w.frame', // room thread: the frame arrived
  'w.handled', // room thread: decoded, applied, queued for the commit
  'c.start', // commit: the transaction starts
  'c.stored', // commit: committed (fsynced)
  'c.sent', // commit: handed to every socket (or posted to the relay thread)
  'r.back', // relay thread: frames to send came back from a worker
  'r.written', // relay thread: those frames are written to their sockets
] as const;
export type Stage = (typeof STAGES)[number];

const dir = process.env.RELAY_TRACE || '';
const CAPACITY = dir ? 1 << 21 : 0;
const codes = new Uint8Array(CAPACITY);
const times = new Float64Array(CAPACITY);
let count = 0;

/** Whether marks are recorded in this process. */
export const tracing = dir !== '';

export function mark(stage: Stage): void {
  if (!tracing || count >= CAPACITY) return;
  codes[count] = STAGES.indexOf(stage);
  times[count++] = performance.timeOrigin + performance.now();
}

/** Writes this thread's marks (once; later calls write nothing). */
export function dumpTrace(): void {
  if (!tracing || count === 0) return;
  mkdirSync(dir, { recursive: true });
  const events: [number, number][] = [];
  for (let i = 0; i < count; i++) events.push([codes[i]!, Math.round(times[i]! * 1000)]);
  const file = join(dir, `trace-${process.pid}-${threadId}.json`);
  writeFileSync(file, JSON.stringify({ thread: threadId, stages: STAGES, events }));
  count = 0;
}
