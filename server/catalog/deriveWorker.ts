/**
 * The catalog's derivation in a worker thread: reads a room's stored rows over its own
 * SQLite connection, builds the document and derives the row (derive.ts) — none of it
 * on the relay's event loop, which only receives the finished row.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { nameThread } from '../threadName';
import { rowFromUpdates } from './derive';

interface Input {
  readonly file: string;
}

const { file } = workerData as Input;
nameThread('jb-catalog');
const db = new Database(file);
db.pragma('busy_timeout = 5000');
const load = db.prepare<[string], { seq: number; data: Buffer }>(
  'SELECT seq, data FROM updates WHERE room = ? ORDER BY seq',
);

parentPort!.on('message', (message: { id: string } | 'stop') => {
  if (message === 'stop') {
    db.close();
    parentPort!.close();
    return;
  }
  const { id } = message;
  try {
    const rows = load.all(id);
    const seq = rows.length ? rows[rows.length - 1]!.seq : 0;
    const row = rowFromUpdates(
      id,
      rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
    );
    parentPort!.postMessage({ id, seq, row });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
