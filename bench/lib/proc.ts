/** Reads a process's memory and CPU time from /proc (Linux), for relay RSS and CPU figures. */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (100 on every mainstream Linux). */
const CLK_TCK = 100;

export interface ProcSample {
  readonly rssBytes: number;
  readonly peakRssBytes: number;
  /** user + system CPU seconds used so far */
  readonly cpuSeconds: number;
  readonly at: number;
}

/** One sample of `pid`; throws when the process is gone or /proc is missing. */
export function sampleProc(pid: number): ProcSample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // the command name (field 2) may contain spaces: split after its closing parenthesis
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime is field 14, stime field 15
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return {
    rssBytes: kb('VmRSS'),
    peakRssBytes: kb('VmHWM'),
    cpuSeconds: (utime + stime) / CLK_TCK,
    at: performance.now(),
  };
}

/** CPU use between two samples as a percentage of one core. */
export function cpuPercent(a: ProcSample, b: ProcSample): number {
  const wall = (b.at - a.at) / 1000;
  return wall > 0 ? ((b.cpuSeconds - a.cpuSeconds) / wall) * 100 : Number.NaN;
}

/**
 * CPU seconds per thread of `pid` (/proc/<pid>/task), by the thread's name: the relay
 * names its own (server/threadName.ts: `jb-room-0`, `jb-catalog`, `jb-checkpoint`); its
 * main thread is `relay`; Node's and V8's helpers (GC, compiler, libuv pool) keep `node`.
 */
export function sampleThreads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name =
      Number(tid) === pid ? 'relay' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const seconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
    out.set(name, (out.get(name) ?? 0) + seconds);
  }
  return out;
}

/** Per thread name: CPU seconds used between two `sampleThreads` (threads that ended are lost). */
export function threadCpuDelta(
  before: Map<string, number>,
  after: Map<string, number>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, s] of after) out.set(name, s - (before.get(name) ?? 0));
  return out;
}
