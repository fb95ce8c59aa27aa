/**
 * Preload (`--import`) that records a V8 CPU profile of the whole process and writes
 * it to $RELAY_CPU_PROF/<pid>-<n>.cpuprofile on exit and on SIGUSR2. Node refuses
 * `--cpu-prof` in NODE_OPTIONS, and the relay child is spawned by the e2e harness,
 * so the benchmarks pass this file through NODE_OPTIONS instead (bench/lib/servers.ts).
 * A same-thread inspector session answers synchronously, so the exit handler works.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.RELAY_CPU_PROF;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  let n = 0;
  const dump = (restart) => {
    session.post('Profiler.stop', (err, result) => {
      if (!err) {
        const file = join(dir, `${process.pid}-t${threadId}-${n++}.cpuprofile`);
        writeFileSync(file, JSON.stringify(result.profile));
      }
    });
    if (restart) session.post('Profiler.start');
  };
  process.on('exit', () => dump(false));
  process.on('SIGUSR2', () => dump(true));
  // worker threads end by terminate(), which runs no exit handler: a profile every 2 s
  if (!isMainThread) setInterval(() => dump(true), 2000).unref();
}
