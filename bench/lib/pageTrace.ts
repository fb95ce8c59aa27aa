/**
 * A Chrome trace of one page around an action, summarised per repetition: where
 * its renderer's main thread spends the time (trace events by self time: script,
 * style, layout, paint, GC, …) and how busy each of its threads is (main,
 * compositor, raster). Two pages in one browser each get their own renderer; the
 * page's is found by a `performance.mark` placed in it before the action.
 */
import type { Browser, Page } from 'playwright-core';
import { traceSelfTimes as selfTimes, type TraceEvent } from './profile';

export interface PageTrace {
  /** main-thread trace events of the page's renderer, self ms per repetition */
  main: Record<string, number>;
  /** busy ms per repetition of each thread of the page's renderer (top-level events) */
  threads: Record<string, number>;
  /** the other threads' (compositor, raster, GC helpers) events by self time, per repetition */
  others: Record<string, number>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  'cc',
];
const MARK = 'jb-bench-trace';
/** events that only wrap others (their self time is the scheduler's own bookkeeping) */
const WRAPPERS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

function perRep(ms: number, reps: number): number {
  return Math.round((ms / 1000 / reps) * 100) / 100;
}

function top(self: Map<string, number>, reps: number, limit: number): Record<string, number> {
  return Object.fromEntries(
    [...self]
      .filter(([n, us]) => !WRAPPERS.has(n) && us > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([n, us]) => [n, perRep(us, reps)]),
  );
}

/** Summarises a trace for the renderer that holds the mark; `reps` divides the times. */
export function summarizePageTrace(events: TraceEvent[], reps: number, limit = 14): PageTrace {
  const pid = events.find((e) => e.name === MARK)?.pid;
  const names = new Map<number, string>();
  for (const e of events)
    if (e.pid === pid && e.ph === 'M' && e.name === 'thread_name')
      names.set(e.tid, e.args?.name ?? String(e.tid));
  const byThread = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.dur === undefined) continue;
    const list = byThread.get(e.tid) ?? [];
    list.push(e);
    byThread.set(e.tid, list);
  }
  const threads: Record<string, number> = {};
  let main: Record<string, number> = {};
  const otherSelf = new Map<string, number>();
  for (const [tid, list] of byThread) {
    const name = names.get(tid) ?? String(tid);
    let busy = 0;
    let end = -1;
    for (const e of [...list].sort((a, b) => a.ts - b.ts)) {
      if (e.ts < end) continue;
      end = e.ts + e.dur!;
      busy += e.dur!;
    }
    threads[name] = (threads[name] ?? 0) + perRep(busy, reps);
    if (name !== 'CrRendererMain') {
      for (const [n, us] of selfTimes(list))
        otherSelf.set(`${name}: ${n}`, (otherSelf.get(`${name}: ${n}`) ?? 0) + us);
      continue;
    }
    main = top(selfTimes(list), reps, limit);
  }
  return { main, threads, others: top(otherSelf, reps, 8) };
}

/** Traces `action` (repeating something `reps` times) on `page`'s renderer. */
export async function tracePage(
  browser: Browser,
  page: Page,
  reps: number,
  action: () => Promise<void>,
): Promise<PageTrace> {
  await browser.startTracing(page, { categories: CATEGORIES });
  try {
    await page.evaluate((mark) => performance.mark(mark), MARK);
    await action();
  } catch (error) {
    await browser.stopTracing().catch(() => undefined);
    throw error;
  }
  const parsed = JSON.parse((await browser.stopTracing()).toString()) as
    { traceEvents: TraceEvent[] } | TraceEvent[];
  return summarizePageTrace(Array.isArray(parsed) ? parsed : parsed.traceEvents, reps);
}
