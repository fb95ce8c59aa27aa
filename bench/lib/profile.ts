/**
 * Reading where the time went: a V8 CPU profile (CDP Profiler) summarised as the
 * functions with the most self time, and a Chrome trace summarised as the trace
 * events with the most self time on the renderer's main thread.
 */
import type { SourceMapConsumer } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Top functions by self time (ms), with a short source location. */
export interface HotFunction {
  fn: string;
  /** file:line:column as the browser saw it (minified for a production build) */
  where: string;
  /** the original source position, from dist/'s source maps when present */
  source?: string;
  selfMs: number;
  percent: number;
}

export function topFunctions(profile: CpuProfile, limit = 12): HotFunction[] {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // each sample's time is the delta to the next one
  for (let i = 0; i < samples.length; i++)
    byNode.set(samples[i]!, (byNode.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const totals = new Map<string, { fn: string; where: string; selfMs: number }>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const fn = functionName || '(anonymous)';
    const where = url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}` : '';
    const key = `${fn}@${where}`;
    const entry = totals.get(key) ?? { fn, where, selfMs: 0 };
    entry.selfMs += ms;
    totals.set(key, entry);
  }
  const all = (profile.endTime - profile.startTime) / 1000 || 1;
  return [...totals.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, limit)
    .map((e) => ({
      ...e,
      selfMs: Math.round(e.selfMs),
      percent: Math.round((e.selfMs / all) * 1000) / 10,
    }));
}

/**
 * Maps minified positions back to sources with dist/assets/*.js.map. Uses
 * source-map-js (already in node_modules through Vite); without it, names stay minified.
 */
export async function withSources(
  entries: HotFunction[],
  assetsDir: string,
): Promise<HotFunction[]> {
  let Consumer: typeof SourceMapConsumer;
  try {
    Consumer = (await import('source-map-js')).SourceMapConsumer;
  } catch {
    return entries;
  }
  const { existsSync, readFileSync } = await import('node:fs');
  const consumers = new Map<string, SourceMapConsumer | null>();
  return entries.map((e) => {
    const m = /^(.+\.js):(\d+):(\d+)$/.exec(e.where);
    if (!m) return e;
    const file = m[1]!;
    if (!consumers.has(file)) {
      const mapFile = `${assetsDir}/${file}.map`;
      consumers.set(
        file,
        existsSync(mapFile) ? new Consumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
      );
    }
    const pos = consumers
      .get(file)
      ?.originalPositionFor({ line: Number(m[2]), column: Number(m[3]) - 1 });
    if (!pos?.source) return e;
    const source = `${pos.source.replace(/^(\.\.\/)+/, '')}:${pos.line}${pos.name ? ` (${pos.name})` : ''}`;
    return { ...e, source };
  });
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time (µs) by event name of complete events on one thread: nested events are subtracted from their parent. */
export function traceSelfTimes(events: TraceEvent[]): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return self;
}

/** Top trace events by self time on CrRendererMain (nested events subtracted). */
export function topTraceEvents(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  limit = 12,
): { event: string; selfMs: number }[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const self = traceSelfTimes(
    events.filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`)),
  );
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([event, us]) => ({ event, selfMs: Math.round(us / 1000) }));
}

/** Busy time per thread (top-level complete events), to see which thread limits frames. */
export function busyByThread(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  limit = 8,
): { thread: string; busyMs: number }[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const ends = new Map<string, number>();
  const busy = new Map<string, number>();
  for (const e of events
    .filter((x) => x.ph === 'X' && x.dur !== undefined)
    .sort((a, b) => a.ts - b.ts)) {
    const key = `${e.pid}:${e.tid}`;
    if ((ends.get(key) ?? -1) > e.ts) continue; // nested in an event already counted
    ends.set(key, e.ts + e.dur!);
    const name = names.get(key) ?? key;
    busy.set(name, (busy.get(name) ?? 0) + e.dur!);
  }
  return [...busy]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([thread, us]) => ({ thread, busyMs: Math.round(us / 1000) }));
}
