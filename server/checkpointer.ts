/**
 * WAL checkpoints off the event loop. A checkpoint copies the WAL back into the
 * database file and fsyncs it; run by SQLite inside a commit (autocheckpoint) it
 * stalls the relay for milliseconds every few hundred commits — the p99 of every
 * forwarded update. Here a worker thread with its own connection runs PASSIVE
 * checkpoints (they never block the relay's writes), and the relay's connection never
 * checkpoints. Should the worker fail, RoomStorage turns SQLite's own autocheckpoint
 * back on, so the WAL cannot grow without bound.
 *
 * **How often: by the WAL's growth, not by the clock alone.** After a complete
 * checkpoint the next commit starts the WAL over, and with `synchronous=FULL` SQLite
 * fsyncs the new WAL header first: that commit pays two fsyncs, and the checkpoint's own
 * fsync of the database file competes with commits for the disk. Checkpointing every
 * second put one double-fsync commit in every 50 at 50 commits/s — the top 2 % of
 * commits, i.e. the fan-out's p99 (bench/README.md). So the wait doubles (up to
 * `maxMs`) while a checkpoint finds fewer than a quarter of `targetFrames` WAL pages,
 * and halves (down to `minMs`) when it finds `targetFrames` or more: a quiet relay
 * checkpoints every few seconds, a busy one every second, and the WAL stays near
 * `targetFrames` pages (SQLite's own autocheckpoint threshold, ~4 MB) either way.
 * `synchronous=NORMAL` is durable only up to the last checkpoint: there `maxMs = minMs`.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface CheckpointPace {
  /** the shortest and the longest wait between checkpoints */
  readonly minMs: number;
  readonly maxMs: number;
  /** WAL pages a checkpoint should find (SQLite's autocheckpoint default: 1000) */
  readonly targetFrames: number;
}

export const DEFAULT_PACE: CheckpointPace = { minMs: 1000, maxMs: 8000, targetFrames: 1000 };

/** What one checkpoint found (tests): WAL pages, pages copied back, the next wait. */
export interface CheckpointReport {
  readonly log: number;
  readonly checkpointed: number;
  readonly nextMs: number;
}

// plain CommonJS for the worker: it needs no TypeScript loader
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
try { require('node:fs').writeFileSync('/proc/thread-self/comm', 'jb-checkpoint'); } catch {}
const { minMs, maxMs, targetFrames } = workerData.pace;
const db = new Database(workerData.file);
let wait = minMs;
let timer = null;
let last = '';
const tick = () => {
  try {
    const row = db.pragma('wal_checkpoint(PASSIVE)')[0] || {};
    const log = Math.max(0, Number(row.log) || 0);
    const checkpointed = Number(row.checkpointed) || 0;
    // a WAL already copied back and not written since reports the same pages again:
    // no growth (else a relay gone quiet after a busy spell kept the fastest pace)
    const seen = log + '/' + checkpointed;
    const grown = seen === last && checkpointed === log ? 0 : log;
    last = seen;
    if (grown >= targetFrames) wait = Math.max(minMs, wait / 2);
    else if (grown < targetFrames / 4) wait = Math.min(maxMs, wait * 2);
    if (workerData.report) parentPort.postMessage({ report: { log, checkpointed, nextMs: wait } });
  } catch (err) {
    wait = minMs;
    parentPort.postMessage({ error: String((err && err.message) || err) });
  }
  timer = setTimeout(tick, wait);
};
timer = setTimeout(tick, wait);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private stopped = false;

  constructor(
    file: string,
    pace: CheckpointPace,
    onFailure: (message: string) => void,
    /** told what every checkpoint found (tests) */
    onReport?: (report: CheckpointReport) => void,
  ) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, driver, pace, report: onReport !== undefined },
    });
    this.worker.unref();
    this.worker.on('message', (m: { error?: string; report?: CheckpointReport }) => {
      if (m.error) onFailure(m.error);
      if (m.report) onReport?.(m.report);
    });
    this.worker.on('error', (err) => onFailure(err.message));
    this.worker.on('exit', (code) => {
      if (!this.stopped) onFailure(`checkpoint worker exited with ${code}`);
    });
  }

  /** Asks the worker to close its connection and end. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.postMessage('stop');
  }
}
