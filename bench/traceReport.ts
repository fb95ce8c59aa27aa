/**
 * Where a forwarded update's time goes inside the relay, from the marks of
 * `RELAY_TRACE=<dir>` (server/frameTrace.ts):
 *
 *   RELAY_TRACE=/tmp/trace npm run bench -- fanout
 *   node --import tsx bench/traceReport.ts /tmp/trace
 *
 * One report per relay process (pid). A chain is one commit that held exactly one frame
 * (the paced phase of the fan-out benchmark: one update every 20 ms): the frame off its
 * socket → posted to its room's thread → arrived → applied → commit starts → stored →
 * handed out → (workers) back in the relay thread → written to every socket. Stages are
 * p50 / p90 / p99 in microseconds over all such chains. Bursts and overlapping frames
 * (capacity) are left out of the chains; `perThread` gives their commit count and
 * store / forward times instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Trace {
  thread: number;
  stages: string[];
  events: [number, number][];
}

type Events = { stage: string; t: number }[];

const pct = (values: number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const summary = (values: number[]) => ({
  n: values.length,
  p50: Math.round(pct(values, 50)),
  p90: Math.round(pct(values, 90)),
  p99: Math.round(pct(values, 99)),
});

/** The last event of `stage` in `list` before time `t` (list sorted by time). */
function lastBefore(list: Events, stage: string, t: number): number | null {
  let found: number | null = null;
  for (const e of list) {
    if (e.t > t) break;
    if (e.stage === stage) found = e.t;
  }
  return found;
}

function firstAfter(list: Events, stage: string, t: number): number | null {
  for (const e of list) if (e.t >= t && e.stage === stage) return e.t;
  return null;
}

/** Stage durations (µs) of one relay process. */
export function chainsOf(traces: Trace[]): Record<string, ReturnType<typeof summary>> {
  const byThread = new Map<number, Events>();
  for (const tr of traces)
    byThread.set(
      tr.thread,
      tr.events.map(([c, t]) => ({ stage: tr.stages[c]!, t })).sort((a, b) => a.t - b.t),
    );
  const main = byThread.get(0) ?? [];
  const stages: Record<string, number[]> = {};
  const add = (name: string, v: number | null) => {
    if (v !== null && Number.isFinite(v)) (stages[name] ??= []).push(v);
  };
  for (const [thread, list] of byThread) {
    const inWorker = thread !== 0;
    let lastSent = -Infinity;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.stage !== 'c.start') continue;
      const stored = firstAfter(list.slice(i), 'c.stored', e.t);
      const sent = firstAfter(list.slice(i), 'c.sent', e.t);
      const frameStage = inWorker ? 'w.frame' : 'r.frame';
      const frames = list.filter((x) => x.stage === frameStage && x.t > lastSent && x.t < e.t);
      const prevSent = lastSent;
      if (sent !== null) lastSent = sent;
      if (frames.length !== 1 || stored === null || sent === null || prevSent === -Infinity)
        continue;
      const arrived = frames[0]!.t;
      const rFrame = inWorker ? lastBefore(main, 'r.frame', arrived) : arrived;
      const rPosted = inWorker
        ? lastBefore(main, 'r.posted', arrived)
        : lastBefore(list, 'r.posted', e.t);
      if (rFrame === null || rPosted === null) continue;
      add('receive (copy, limits, post or handle)', rPosted - rFrame);
      if (inWorker) {
        add('hop in (relay thread → worker)', arrived - rPosted);
        const handled = firstAfter(list.slice(i - 5 < 0 ? 0 : i - 5), 'w.handled', arrived);
        add('decode + apply (worker)', handled !== null ? handled - arrived : null);
        add('wait for the commit (setImmediate)', handled !== null ? e.t - handled : null);
      } else add('wait for the commit (setImmediate)', e.t - rPosted);
      add('commit + fsync', stored - e.t);
      add('forward (frames to every peer)', sent - stored);
      if (inWorker) {
        const next = firstAfter(main, 'r.frame', sent) ?? Infinity;
        const backs = main.filter((x) => x.stage === 'r.back' && x.t >= sent && x.t < next);
        const written = main.filter((x) => x.stage === 'r.written' && x.t >= sent && x.t < next);
        if (backs.length === 0 || written.length === 0) continue;
        add('hop out (worker → relay thread, first)', backs[0]!.t - sent);
        add('write to the sockets (relay thread, first → last)', written.at(-1)!.t - backs[0]!.t);
        add('total: off the socket → last socket written', written.at(-1)!.t - rFrame);
      } else add('total: off the socket → last socket written', sent - rFrame);
    }
  }
  return Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, summary(v)]));
}

/** Commits and their store / forward times per thread (any load, chains or not). */
export function perThread(traces: Trace[]) {
  return traces.map((tr) => {
    const list = tr.events.map(([c, t]) => ({ stage: tr.stages[c]!, t }));
    const store: number[] = [];
    const forward: number[] = [];
    let start = 0;
    let stored = 0;
    for (const e of list) {
      if (e.stage === 'c.start') start = e.t;
      else if (e.stage === 'c.stored') store.push((stored = e.t) - start);
      else if (e.stage === 'c.sent') forward.push(e.t - stored);
    }
    const count = (s: string) => list.filter((e) => e.stage === s).length;
    return {
      thread: tr.thread,
      frames: count('r.frame') + count('w.frame'),
      commits: store.length,
      backMessages: count('r.back'),
      storeUs: summary(store),
      forwardUs: summary(forward),
    };
  });
}

export function readTraces(dir: string): Map<string, Trace[]> {
  const byPid = new Map<string, Trace[]>();
  for (const f of readdirSync(dir)) {
    const m = /^trace-(\d+)-(\d+)\.json$/.exec(f);
    if (!m) continue;
    const list = byPid.get(m[1]!) ?? [];
    list.push(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Trace);
    byPid.set(m[1]!, list);
  }
  return byPid;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: bench/traceReport.ts <RELAY_TRACE dir>');
  for (const [pid, traces] of readTraces(dir)) {
    console.log(`relay ${pid} (${traces.length} threads)`);
    console.table(chainsOf(traces));
    console.log(JSON.stringify(perThread(traces)));
  }
}
