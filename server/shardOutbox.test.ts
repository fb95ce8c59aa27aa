/** A room worker's posts to the relay thread: one postMessage per task, in order. */
import { describe, expect, it } from 'vitest';
import { ShardOutbox } from './shardOutbox';
import type { FromShard } from './shardTypes';

describe('ShardOutbox', () => {
  it('sends what one task posted as one batch, in order, and the bytes once', async () => {
    const posted: FromShard[] = [];
    const outbox = new ShardOutbox((m) => posted.push(m));
    const frame = new Uint8Array([0, 2, 1, 9]);
    for (let conn = 1; conn <= 3; conn++) outbox.post({ t: 'send', conn, frames: [frame] });
    outbox.post({ t: 'reject', conn: 2, reason: 'x', code: 4400, detail: 'x' });
    expect(posted).toEqual([]); // nothing before the task ends
    await Promise.resolve();
    expect(posted).toHaveLength(1);
    const batch = posted[0]!;
    expect(batch.t).toBe('batch');
    const items = batch.t === 'batch' ? batch.items : [];
    // one forwarded frame for three sockets: one message with their ids, the frame once
    expect(items).toEqual([
      { t: 'sendMany', conns: [1, 2, 3], frames: [frame] },
      { t: 'reject', conn: 2, reason: 'x', code: 4400, detail: 'x' },
    ]);
  });

  it('joins only consecutive sends of the very same frames, keeping the order', async () => {
    const posted: FromShard[] = [];
    const outbox = new ShardOutbox((m) => posted.push(m));
    const a = new Uint8Array([0, 2, 1, 1]);
    const b = new Uint8Array([0, 2, 1, 2]);
    const equalToA = new Uint8Array([0, 2, 1, 1]); // same bytes, another frame: not joined
    outbox.post({ t: 'send', conn: 1, frames: [a] });
    outbox.post({ t: 'send', conn: 2, frames: [a] });
    outbox.post({ t: 'send', conn: 3, frames: [b] });
    outbox.post({ t: 'send', conn: 4, frames: [a, b] });
    outbox.post({ t: 'send', conn: 5, frames: [a, b] });
    outbox.post({ t: 'send', conn: 6, frames: [equalToA] });
    outbox.post({ t: 'committed', rooms: ['r'] });
    outbox.post({ t: 'send', conn: 7, frames: [equalToA] });
    await Promise.resolve();
    expect(posted).toEqual([
      {
        t: 'batch',
        items: [
          { t: 'sendMany', conns: [1, 2], frames: [a] },
          { t: 'send', conn: 3, frames: [b] },
          { t: 'sendMany', conns: [4, 5], frames: [a, b] },
          { t: 'send', conn: 6, frames: [equalToA] },
          { t: 'committed', rooms: ['r'] },
          { t: 'send', conn: 7, frames: [equalToA] },
        ],
      },
    ]);
    const items = posted[0]!.t === 'batch' ? posted[0]!.items : [];
    const sixth = items[3];
    expect(sixth?.t === 'send' ? sixth.frames[0] : null).toBe(equalToA);
  });

  it('a lone message goes as itself; the next task makes a new post', async () => {
    const posted: FromShard[] = [];
    const outbox = new ShardOutbox((m) => posted.push(m));
    outbox.post({ t: 'committed', rooms: ['a'] });
    await Promise.resolve();
    outbox.post({ t: 'committed', rooms: ['b'] });
    await Promise.resolve();
    expect(posted).toEqual([
      { t: 'committed', rooms: ['a'] },
      { t: 'committed', rooms: ['b'] },
    ]);
  });

  it('the counters ride along at the end of a post, once', async () => {
    const posted: FromShard[] = [];
    let dirty = true;
    const loop = { utilization: 0, delayP50: 0, delayP99: 0, delayMax: 0, workSeconds: 0 };
    const stats: FromShard = { t: 'stats', rooms: 1, counters: {}, samples: [[], []], loop };
    const outbox = new ShardOutbox(
      (m) => posted.push(m),
      () => (dirty ? ((dirty = false), stats) : null),
    );
    outbox.post({ t: 'committed', rooms: ['a'] });
    await Promise.resolve();
    outbox.post({ t: 'committed', rooms: ['b'] });
    await Promise.resolve();
    expect(posted).toEqual([
      { t: 'batch', items: [{ t: 'committed', rooms: ['a'] }, stats] },
      { t: 'committed', rooms: ['b'] },
    ]);
  });
});
