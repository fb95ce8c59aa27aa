/**
 * The boot-trace reader on a small hand-made trace: resource times on the network's
 * and the main thread's clocks, a module graph's one evaluation given to the last
 * compiled script, main-thread busy and idle time cut at the mark, the early socket.
 */
import { describe, expect, it } from 'vitest';
import { summarizeBoot } from './bootTrace';

const PID = 7;
const MAIN = 1;
const T0 = 1_000_000; // µs, navigation start
const at = (ms: number) => T0 + ms * 1000;

function trace() {
  const ev = (name: string, ms: number, extra: Record<string, unknown> = {}) => ({
    name,
    ph: 'I',
    pid: PID,
    tid: MAIN,
    ts: at(ms),
    ...extra,
  });
  const x = (name: string, ms: number, dur: number, data: Record<string, unknown> = {}) =>
    ev(name, ms, { ph: 'X', dur: dur * 1000, args: { data } });
  const secs = (ms: number) => at(ms) / 1e6;
  return [
    { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    // another page's renderer, ignored
    { name: 'thread_name', ph: 'M', pid: 9, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { ...x('v8.evaluateModule', 5, 500), pid: 9 },
    ev('navigationStart', 0, {
      args: { data: { documentLoaderURL: 'http://127.0.0.1:1/map/m?t=x' } },
    }),
    x('ParseHTML', 10, 2),
    ev('ResourceSendRequest', 20, {
      args: { data: { requestId: 'a', url: 'http://h/assets/index-1.js' } },
    }),
    ev('ResourceSendRequest', 21, {
      args: { data: { requestId: 'c', url: 'http://h/assets/index-1.css' } },
    }),
    ev('ResourceSendRequest', 22, { args: { data: { requestId: 'i', url: 'http://h/icon.png' } } }),
    ev('ResourceReceiveResponse', 60, {
      args: {
        data: {
          requestId: 'a',
          timing: { requestTime: secs(30), sendStart: 1, receiveHeadersEnd: 20 },
        },
      },
    }),
    ev('ResourceFinish', 150, {
      args: { data: { requestId: 'a', finishTime: secs(100), decodedBodyLength: 204_800 } },
    }),
    x('v8.compileModule', 150, 4, { url: 'http://h/assets/rolldown-runtime.js' }),
    x('v8.compileModule', 155, 6, { url: 'http://h/assets/index-1.js' }),
    { name: 'RunTask', ph: 'X', pid: PID, tid: MAIN, ts: at(160), dur: 300_000 },
    x('v8.evaluateModule', 162, 200),
    x('V8.ParseFunction', 170, 30),
    ev('WebSocketCreate', 90, { args: { data: { url: 'ws://h/sync/m' } } }),
    ev('WebSocketReceiveHandshakeResponse', 130),
    ev('jb:open:start', 300),
    x('Layout', 400, 50), // after the mark: not boot
  ];
}

describe('summarizeBoot', () => {
  const s = summarizeBoot(trace() as Parameters<typeof summarizeBoot>[0], 'jb:open:start');

  it('ends the boot at the mark', () => expect(s.until).toBe(300));

  it('times scripts and style sheets on both clocks, not other files', () => {
    expect(s.resources.map((r) => r.file)).toEqual(['/assets/index-1.js', '/assets/index-1.css']);
    expect(s.resources[0]).toEqual({
      file: '/assets/index-1.js',
      kb: 200,
      asked: 20,
      headers: 50,
      loaded: 100,
      taken: 150,
    });
  });

  it('gives the evaluation of the module graph to the last script compiled before it', () => {
    expect(s.scripts).toEqual([
      {
        file: '/assets/rolldown-runtime.js',
        compileAt: 150,
        compileMs: 4,
        evaluateAt: null,
        evaluateMs: null,
      },
      {
        file: '/assets/index-1.js',
        compileAt: 155,
        compileMs: 6,
        evaluateAt: 162,
        evaluateMs: 200,
      },
    ]);
  });

  it("counts the page's main thread until the mark, the rest as idle", () => {
    expect(s.main).toEqual({ 'parse HTML': 2, compile: 10, evaluate: 138, idle: 150 });
    expect(s.insideEvaluate).toEqual({ 'v8.evaluateModule': 170, 'V8.ParseFunction': 30 });
  });

  it('notes the early socket', () => expect(s.socket).toEqual({ created: 90, open: 130 }));

  it('without a mark, ends where the largest evaluation ends (the floor page)', () => {
    const floor = summarizeBoot(
      trace().filter((e) => e.name !== 'jb:open:start') as Parameters<typeof summarizeBoot>[0],
      null,
    );
    expect(floor.until).toBe(362);
  });
});
