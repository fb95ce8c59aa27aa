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
 * store / forward times instead. Caution: a worker's clock (timeOrigin + now) was seen
 * off the relay thread's by up to ~17 ms (6 December, load 10–15), so a chain's frame can
 * be matched to the wrong relay-thread marks: trust the stages within one thread (apply,
 * commit + fsync, forward, socket writes), not the hops' split.
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
export function chainsOf(traces: Trace[]) {
  const byThread = new Map<number, Events>();
  for (const tr of traces)
    byThread.set(
      tr.thread,
      tr.events.map(([c, t]) => ({ stage: tr.stages[c]!, t })).sort((a, b) => a.t - b.t),
    );
  const main = byThread.get(0) ?? [];
  const stages: Record<string, number[]> = {};
  /** every complete chain, stage by stage (for the tail: which stages its slowest have) */
  const chains: Record<string, number>[] = [];
  let current: Record<string, number> = {};
  const add = (name: string, v: number | null) => {
    if (v === null || !Number.isFinite(v)) return;
    (stages[name] ??= []).push(v);
    current[name] = v;
    if (name === TOTAL) chains.push(current);
  };
  for (const [thread, list] of byThread) {
    const inWorker = thread !== 0;
    let lastSent = -Infinity;
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.stage !== 'c.start') continue;
      current = {};
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
        add(TOTAL, written.at(-1)!.t - rFrame);
      } else add(TOTAL, sent - rFrame);
    }
  }
  return {
    all: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, summary(v)])),
    tail: tailOf(chains, 0.05),
  };
}

const TOTAL = 'total: off the socket → last socket written';

/**
 * The slowest `fraction` of chains (by total): each stage's median there, its median
 * over all chains, and its share of the slowest chains' summed time — where the tail's
 * extra time went.
 */
export function tailOf(chains: Record<string, number>[], fraction: number) {
  const sorted = [...chains].sort((a, b) => b[TOTAL]! - a[TOTAL]!);
  const slow = sorted.slice(0, Math.max(1, Math.ceil(sorted.length * fraction)));
  const sumTotal = slow.reduce((s, c) => s + c[TOTAL]!, 0);
  const out: Record<string, { slowP50: number; allP50: number; shareOfSlow: string }> = {};
  for (const name of Object.keys(chains[0] ?? {})) {
    const inSlow = slow.map((c) => c[name] ?? 0);
    out[name] = {
      slowP50: Math.round(pct(inSlow, 50)),
      allP50: Math.round(
        pct(
          chains.map((c) => c[name] ?? 0),
          50,
        ),
      ),
      shareOfSlow: `${Math.round((100 * inSlow.reduce((s, v) => s + v, 0)) / sumTotal)} %`,
    };
  }
  return { chains: chains.length, slowest: slow.length, stages: out };
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
    const { all, tail } = chainsOf(traces);
    console.table(all);
    console.log(`slowest ${tail.slowest} of ${tail.chains} chains (5 %), µs:`);
    console.table(tail.stages);
    console.log(JSON.stringify(perThread(traces)));
  }
}
