// RemoteLog (roomRemote.ts): rows another relay announced WITH its notification are
// applied at once when they follow on from what this relay has; a gap, or rows it
// already has, go through the log as before. The log here is an in-memory list.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { RemoteLog } from './roomRemote';
import type { LogRow, RelayStore } from './store/types';

function setUp(log: LogRow[]) {
  const applied: number[][] = [];
  let reads = 0;
  const storage = {
    readSince: (_room: string, after: number) => {
      reads++;
      return Promise.resolve(log.filter((r) => r.seq > after));
    },
  } as unknown as RelayStore;
  const remote = new RemoteLog(
    { id: 'm', applyRemote: (rows) => applied.push(rows.map((r) => r.seq)) },
    { storage, log: pino({ level: 'silent' }) },
  );
  return { remote, applied, reads: () => reads };
}

const row = (seq: number): LogRow => ({ seq, data: new Uint8Array([seq]) });

describe('RemoteLog', () => {
  it('applies announced rows that follow on at once, without reading the log', () => {
    const t = setUp([]);
    t.remote.reset(3);
    t.remote.announced(5, [row(4), row(5)]);
    expect(t.applied).toEqual([[4, 5]]);
    expect(t.remote.knownSeq).toBe(5);
    t.remote.announced(5, [row(5)]); // heard twice: nothing again
    expect(t.applied).toHaveLength(1);
    expect(t.reads()).toBe(0);
  });

  it('reads the log when the announced rows leave a gap or come without rows', async () => {
    const t = setUp([row(4), row(5), row(6), row(7)]);
    t.remote.reset(3);
    t.remote.announced(6, [row(6)]); // 4 and 5 were never heard of
    await t.remote.idle();
    expect(t.applied).toEqual([[4, 5, 6, 7]]);
    expect(t.reads()).toBe(1);
    t.remote.announced(8); // too big for the notification: no rows
    await t.remote.idle();
    expect(t.reads()).toBe(2);
  });

  it('never applies its own rows, whichever way the others arrive', async () => {
    const t = setUp([row(2), row(3), row(4)]);
    t.remote.reset(1);
    t.remote.own(3, 3); // committed here while row 2 was not heard of yet: a read starts
    t.remote.announced(2, [row(2)]); // during that read: read again, not applied twice
    await t.remote.idle();
    t.remote.announced(5, [row(5)]);
    expect(t.applied.flat()).toEqual([2, 4, 5]);
    expect(t.remote.knownSeq).toBe(5);
  });
});
