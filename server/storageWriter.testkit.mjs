// A worker thread for storage.workers.test.ts: its own RoomStorage connection on the
// shared file (as a room worker has), appending two rows to each of its own rooms.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { RoomStorage } = await import('./storage.ts');
const store = new RoomStorage(workerData.dir, { sync: 'normal' });
let failed = 0;
let firstError;
for (let i = 0; i < workerData.rooms; i++) {
  const room = `${workerData.prefix}-${i}`;
  for (const byte of [1, 2]) {
    try {
      store.append(room, new Uint8Array([byte]));
    } catch (error) {
      failed++;
      firstError ??= String(error);
    }
  }
}
store.close();
parentPort.postMessage({ failed, firstError });
