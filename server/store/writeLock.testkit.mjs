// A worker thread for writeLock.test.ts: takes the shared write lock as a room worker
// does, and writes what it did into a shared log (1: holder in, 2: holder out, 3: waiter in).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { WriteLock } = await import('./writeLock.ts');
const { lock, log, gate, owner, role } = workerData;
const writeLock = new WriteLock(lock, owner, 60_000);
const events = new Int32Array(log);
const push = (v) => Atomics.store(events, Atomics.add(events, 0, 1) + 1, v);
// gate[0]: opened by the test; gate[1]: the holder is inside; gate[2]: the waiter is trying
const g = new Int32Array(gate);
const signal = (i) => {
  Atomics.store(g, i, 1);
  Atomics.notify(g, i);
};
if (role === 'holder')
  writeLock.hold(() => {
    push(1);
    signal(1);
    Atomics.wait(g, 0, 0); // until the test opens the gate (or terminates this thread)
    push(2);
  });
else {
  signal(2);
  writeLock.hold(() => push(3));
}
parentPort.postMessage('done');
