/**
 * Reads a Chrome trace of one cold page load (bench/boot-trace.ts): when each script
 * and style sheet was asked for, when the network had it and when the main thread
 * took it; how long V8 compiled and evaluated each module script; how busy the
 * renderer's main thread was until `until` (the app's `jb:open:start`, or the end of
 * the floor page's entry evaluation) and what it did; when the early socket opened.
 * Times are ms after the page's navigation start.
 */
import type { TraceEvent } from './profile';

interface Data {
  url?: string;
  requestId?: string;
  encodedDataLength?: number;
  decodedBodyLength?: number;
  finishTime?: number;
  timing?: { requestTime: number; sendStart: number; receiveHeadersEnd: number };
  documentLoaderURL?: string;
  fileName?: string;
}
type Event = TraceEvent & { args?: { name?: string; data?: Data; fileName?: string } };

export interface BootResource {
  readonly file: string;
  readonly kb: number;
  /** the renderer asked for it */
  readonly asked: number;
  /** response headers in (network clock) */
  readonly headers: number | null;
  /** last byte in (network clock) */
  readonly loaded: number | null;
  /** the main thread noted the end (it may have been busy) */
  readonly taken: number | null;
}

export interface BootScript {
  readonly file: string;
  readonly compileAt: number;
  readonly compileMs: number;
  /** the evaluation that follows the compile (module scripts run in order) */
  readonly evaluateAt: number | null;
  readonly evaluateMs: number | null;
}

export interface BootSummary {
  /** end of the window: `jb:open:start`, or the floor entry's evaluation end */
  readonly until: number;
  readonly resources: BootResource[];
  readonly scripts: BootScript[];
  /** main-thread ms until `until` by kind (top-level events only; idle = the rest) */
  readonly main: Record<string, number>;
  /** the early socket (src/boot.ts): created, handshake answered */
  readonly socket: { created: number; open: number | null } | null;
  /** V8 work inside the largest evaluation, by event (needs the compile category) */
  readonly insideEvaluate: Record<string, number>;
}

const ms = (v: number) => Math.round(v * 10) / 10;
const fileOf = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/\?.*$/, '');

/** Top-level main-thread events grouped into what they are. */
function kindOf(name: string): string {
  if (name === 'v8.compileModule' || name === 'v8.compile' || name.startsWith('V8.Compile'))
    return 'compile';
  if (name === 'v8.evaluateModule' || name === 'EvaluateScript') return 'evaluate';
  if (name === 'FunctionCall' || name === 'TimerFire' || name === 'FireAnimationFrame')
    return 'callbacks';
  if (name === 'ParseHTML') return 'parse HTML';
  if (name === 'ParseAuthorStyleSheet' || name === 'UpdateLayoutTree') return 'style';
  if (name === 'Layout' || name === 'Paint' || name === 'PrePaint') return 'layout+paint';
  return 'other';
}

const WRAPPERS = new Set([
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ThreadPool_RunTask',
  'Receive mojo message',
  'SimpleWatcher::OnHandleReady',
]);

/** Summarises the trace of one cold load; `until` is ms after navigation start. */
export function summarizeBoot(events: readonly Event[], untilMark: string | null): BootSummary {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  if (!nav) throw new Error('trace: no navigationStart of an http page');
  const pid = nav.pid;
  const t0 = nav.ts;
  const at = (ts: number) => ms((ts - t0) / 1000);
  const mainTid = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  )?.tid;
  const mine = events.filter((e) => e.pid === pid && e.tid === mainTid).sort((a, b) => a.ts - b.ts);
  const data = (e: Event): Data => e.args?.data ?? {};

  const resources = new Map<string, BootResource & { id: string }>();
  for (const e of mine) {
    const d = data(e);
    if (e.name === 'ResourceSendRequest' && d.url && /\.(js|css)$/.test(fileOf(d.url)))
      resources.set(d.requestId!, {
        id: d.requestId!,
        file: fileOf(d.url),
        kb: 0,
        asked: at(e.ts),
        headers: null,
        loaded: null,
        taken: null,
      });
    const r = d.requestId ? resources.get(d.requestId) : undefined;
    if (!r) continue;
    if (e.name === 'ResourceReceiveResponse' && d.timing)
      resources.set(r.id, {
        ...r,
        headers: ms((d.timing.requestTime * 1e6 - t0) / 1000 + d.timing.receiveHeadersEnd),
      });
    if (e.name === 'ResourceFinish')
      resources.set(r.id, {
        ...r,
        kb: Math.max(r.kb, ms((d.decodedBodyLength ?? d.encodedDataLength ?? 0) / 1024)),
        loaded: d.finishTime ? ms((d.finishTime * 1e6 - t0) / 1000) : null,
        taken: at(e.ts),
      });
  }

  // a module graph is evaluated once, from its top module: after the last compile before it
  const compiles = mine.filter((x) => x.name === 'v8.compileModule' && x.ph === 'X');
  const scripts: BootScript[] = compiles.map((e) => ({
    file: fileOf(data(e).url ?? e.args?.fileName ?? ''),
    compileAt: at(e.ts),
    compileMs: ms(e.dur! / 1000),
    evaluateAt: null,
    evaluateMs: null,
  }));
  const evaluations = mine.filter((e) => e.name === 'v8.evaluateModule' && e.ph === 'X');
  for (const v of evaluations) {
    const i = compiles.findLastIndex((c) => c.ts <= v.ts);
    const s = scripts[i];
    if (s && s.evaluateAt === null)
      scripts[i] = { ...s, evaluateAt: at(v.ts), evaluateMs: ms(v.dur! / 1000) };
  }

  const markAt = untilMark ? mine.find((e) => e.name === untilMark) : undefined;
  const largest = [...evaluations].sort((a, b) => b.dur! - a.dur!)[0];
  const until = markAt ? at(markAt.ts) : largest ? at(largest.ts + largest.dur!) : 0;

  const main: Record<string, number> = {};
  let end = -Infinity;
  let busy = 0;
  for (const e of mine) {
    if (e.ph !== 'X' || WRAPPERS.has(e.name) || e.dur === undefined) continue;
    const from = at(e.ts);
    if (from < 0 || from >= until || e.ts < end) continue;
    end = e.ts + e.dur;
    const d = Math.min(e.dur / 1000, until - from);
    main[kindOf(e.name)] = ms((main[kindOf(e.name)] ?? 0) + d);
    busy += d;
  }
  main.idle = ms(until - busy);

  const created = mine.find((e) => e.name === 'WebSocketCreate');
  const opened = mine.find((e) => e.name === 'WebSocketReceiveHandshakeResponse');

  const insideEvaluate: Record<string, number> = {};
  if (largest) {
    const inside = mine.filter(
      (e) => e.ph === 'X' && e.ts >= largest.ts && e.ts + e.dur! <= largest.ts + largest.dur!,
    );
    const stack: { end: number; name: string }[] = [];
    for (const e of inside.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) insideEvaluate[parent.name] = (insideEvaluate[parent.name] ?? 0) - e.dur! / 1000;
      insideEvaluate[e.name] = (insideEvaluate[e.name] ?? 0) + e.dur! / 1000;
      stack.push({ end: e.ts + e.dur!, name: e.name });
    }
    for (const k of Object.keys(insideEvaluate)) insideEvaluate[k] = ms(insideEvaluate[k]!);
  }

  return {
    until,
    resources: [...resources.values()].filter((r) => r.asked < until).map(({ id: _id, ...r }) => r),
    scripts: scripts.filter((s) => s.compileAt < until),
    main,
    socket: created ? { created: at(created.ts), open: opened ? at(opened.ts) : null } : null,
    insideEvaluate,
  };
}
