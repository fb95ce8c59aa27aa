/**
 * The room workers' write lock (writeLock.ts) across real threads: a second writer
 * waits until the first is done and then goes at once; a thread that dies holding the
 * lock is released by its owner number (what ShardPool does when a worker exits).
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { WriteLock } from './writeLock';

const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

interface Shared {
  lock: SharedArrayBuffer;
  log: SharedArrayBuffer;
  gate: SharedArrayBuffer;
}

function start(shared: Shared, role: 'holder' | 'waiter', owner: number) {
  const worker = new Worker(new URL('./writeLock.testkit.mjs', import.meta.url), {
    workerData: { ...shared, role, owner },
  });
  workers.push(worker);
  return new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

const shared = (): Shared => ({
  lock: WriteLock.create(),
  log: new SharedArrayBuffer(8 * 4),
  gate: new SharedArrayBuffer(4 * 4),
});

/** Resolves once the worker set gate[i] (a state, not a sleep). */
const signalled = async (gate: SharedArrayBuffer, i: number) => {
  await expect.poll(() => Atomics.load(new Int32Array(gate), i), { timeout: 20_000 }).toBe(1);
};

describe('WriteLock', () => {
  it('lets a second thread in only after the first left, in that order', async () => {
    const s = shared();
    const holder = start(s, 'holder', 1);
    await signalled(s.gate, 1);
    const waiter = start(s, 'waiter', 2);
    await signalled(s.gate, 2);
    // the waiter is at the lock now; without the lock it would be in within this while
    await new Promise((r) => setTimeout(r, 200));
    const log = new Int32Array(s.log);
    expect([...log.subarray(1, 1 + Atomics.load(log, 0))]).toEqual([1]);
    const gate = new Int32Array(s.gate);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    await Promise.all([holder, waiter]);
    expect([...log.subarray(1, 1 + Atomics.load(log, 0))]).toEqual([1, 2, 3]);
    expect(Atomics.load(new Int32Array(s.lock), 0)).toBe(0);
  }, 30_000);

  it('a thread that died holding the lock is released by its number, not by another', async () => {
    const s = shared();
    void start(s, 'holder', 1).catch(() => {});
    await signalled(s.gate, 1);
    await workers.pop()!.terminate(); // dies inside hold(): its finally never runs
    const cell = new Int32Array(s.lock);
    expect(Atomics.load(cell, 0)).toBe(1);
    WriteLock.releaseIfHeldBy(s.lock, 2);
    expect(Atomics.load(cell, 0)).toBe(1);
    WriteLock.releaseIfHeldBy(s.lock, 1);
    // would wait 60 s (the test fails by its timeout) if the lock were still held
    expect(new WriteLock(s.lock, 3, 60_000).hold(() => 'written')).toBe('written');
    expect(Atomics.load(cell, 0)).toBe(0);
  }, 30_000);

  it("the relay thread's wait does not block its event loop, and it goes in right after the holder", async () => {
    const s = shared();
    const holder = start(s, 'holder', 1);
    await signalled(s.gate, 1);
    const log = new Int32Array(s.log);
    const written = new WriteLock(s.lock, 99, 60_000).holdAsync(() => {
      Atomics.store(log, Atomics.add(log, 0, 1) + 1, 9);
      return 'written';
    });
    // timers still fire while it waits: a blocking Atomics.wait would hold them for 60 s
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (++ticks === 5) {
          clearInterval(timer);
          resolve();
        }
      }, 10);
    });
    expect([...log.subarray(1, 1 + Atomics.load(log, 0))]).toEqual([1]);
    const gate = new Int32Array(s.gate);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    expect(await written).toBe('written');
    await holder;
    expect([...log.subarray(1, 1 + Atomics.load(log, 0))]).toEqual([1, 2, 9]);
    expect(Atomics.load(new Int32Array(s.lock), 0)).toBe(0);
  }, 30_000);

  it('gives up waiting after its timeout and runs the work anyway (SQLite waits then)', () => {
    const lock = WriteLock.create();
    Atomics.store(new Int32Array(lock), 0, 7); // held by a thread that never lets go
    expect(new WriteLock(lock, 1, 20).hold(() => 'written')).toBe('written');
    expect(Atomics.load(new Int32Array(lock), 0)).toBe(7); // not taken from its holder
  });
});
