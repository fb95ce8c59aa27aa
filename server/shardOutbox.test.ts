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
    expect(items.map((m) => [m.t, 'conn' in m ? m.conn : null])).toEqual([
      ['send', 1],
      ['send', 2],
      ['send', 3],
      ['reject', 2],
    ]);
    // one Uint8Array for every reader: structured clone copies it once per message
    const frames = items.flatMap((m) => (m.t === 'send' ? m.frames : []));
    expect(new Set(frames).size).toBe(1);
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
