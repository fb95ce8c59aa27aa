/**
 * Names this thread for the operating system (Linux: /proc/thread-self/comm, at most 15
 * bytes), so `top -H`, `ps -L` and the benchmarks' per-thread CPU figures (bench/fanout.ts)
 * tell the relay's threads apart: `jb-room-0`, `jb-catalog`, … Elsewhere it does nothing.
 */
import { writeFileSync } from 'node:fs';

export function nameThread(name: string): void {
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // not Linux, or /proc not mounted: the name is only a diagnostic
  }
}
