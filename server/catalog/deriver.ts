/**
 * Runs catalog derivations: in a worker thread (the relay), or in this thread (fallback
 * when the worker cannot start, e.g. without the TypeScript loader). One at a time.
 */
import { Worker } from 'node:worker_threads';
import type { CatalogRow } from '../../src/model/catalogRow';
import { rowFromUpdates } from './derive';

export interface Derived {
  readonly row: CatalogRow | null;
  readonly seq: number;
}

export interface Deriver {
  derive(id: string): Promise<Derived>;
  close(): Promise<void>;
}

/** A room's stored rows (RelayStore.load, or RoomStorage.load in benchmarks). */
export type LoadRoom = (
  id: string,
) =>
  | { readonly updates: Uint8Array[]; readonly lastSeq: number }
  | Promise<{ readonly updates: Uint8Array[]; readonly lastSeq: number }>;

export function inThreadDeriver(load: LoadRoom): Deriver {
  return {
    async derive(id) {
      const stored = await load(id);
      return { row: rowFromUpdates(id, stored.updates), seq: stored.lastSeq };
    },
    close: () => Promise.resolve(),
  };
}

export function workerDeriver(file: string, onDeath: (why: string) => void): Deriver {
  const worker = new Worker(new URL('./deriveWorker.mjs', import.meta.url), {
    workerData: { file },
  });
  worker.unref();
  const waiting = new Map<string, { resolve(d: Derived): void; reject(e: Error): void }>();
  let closing = false;
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
    if (!closing) onDeath(err.message);
  };
  worker.on(
    'message',
    (m: { id: string; seq?: number; row?: CatalogRow | null; error?: string }) => {
      const w = waiting.get(m.id);
      if (!w) return;
      waiting.delete(m.id);
      if (m.error !== undefined) w.reject(new Error(m.error));
      else w.resolve({ row: m.row ?? null, seq: m.seq ?? 0 });
    },
  );
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`catalog worker exited with ${code}`)));
  return {
    derive(id) {
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id });
      });
    },
    async close() {
      closing = true;
      worker.postMessage('stop');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/**
 * The relay's deriver: a worker thread (deriveWorker.mjs registers the TypeScript loader
 * there), else — and after the worker died — in this thread.
 */
export function catalogDeriver(
  file: string,
  load: LoadRoom,
  onFallback: (why: string) => void = () => {},
): Deriver {
  const local = inThreadDeriver(load);
  // in-process relays (tests under vitest) derive in their own thread
  if (!process.execArgv.some((a) => a.includes('tsx'))) return local;
  let worker: Deriver | null = null;
  try {
    worker = workerDeriver(file, (why) => {
      // a worker that died is not restarted: this thread takes over
      worker = null;
      onFallback(why);
    });
  } catch (err) {
    onFallback(err instanceof Error ? err.message : String(err));
  }
  return {
    derive: (id) => (worker ? worker.derive(id) : local.derive(id)),
    close: () => (worker ? worker.close() : local.close()),
  };
}
