/**
 * WAL checkpoints off the event loop. A checkpoint copies the WAL back into the
 * database file and fsyncs it; run by SQLite inside a commit (autocheckpoint) it
 * stalls the relay for milliseconds every few hundred commits — the p99 of every
 * forwarded update. Here a worker thread with its own connection runs a PASSIVE
 * checkpoint every `everyMs` (it never blocks the relay's writes), and the relay's
 * connection never checkpoints. Should the worker fail, RoomStorage turns SQLite's
 * own autocheckpoint back on, so the WAL cannot grow without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// plain CommonJS for the worker: it needs no TypeScript loader
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
try { require('node:fs').writeFileSync('/proc/thread-self/comm', 'jb-checkpoint'); } catch {}
const db = new Database(workerData.file);
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err) });
  }
}, workerData.everyMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private stopped = false;

  constructor(file: string, everyMs: number, onFailure: (message: string) => void) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
    this.worker.unref();
    this.worker.on('message', (m: { error?: string }) => m.error && onFailure(m.error));
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
