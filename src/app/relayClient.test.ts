// The relay client's chunk is off the IndexedDB critical path for a link (issue 18):
// requested before the connection is chosen when a token came with the route.
import { describe, expect, it } from 'vitest';
import { relayClientFor } from './relayClient';

function pending<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('relayClientFor', () => {
  it('with a link token, requests the client before the connection is chosen', async () => {
    const choosing = pending<object | null>();
    const loads: string[] = [];
    const client = relayClientFor('a-token', choosing.promise, async () => {
      loads.push('load');
      return 'client';
    });
    expect(loads).toEqual(['load']);
    choosing.resolve({});
    expect(await client).toBe('client');
    expect(loads).toHaveLength(1);
  });

  it('without a token, waits for the choice and loads nothing for a local map', async () => {
    const loads: string[] = [];
    const load = async () => {
      loads.push('load');
      return 'client';
    };
    const local = pending<object | null>();
    const none = relayClientFor(null, local.promise, load);
    expect(loads).toEqual([]);
    local.resolve(null);
    expect(await none).toBeNull();
    expect(loads).toEqual([]);
    const stored = pending<object | null>();
    const some = relayClientFor(null, stored.promise, load);
    stored.resolve({ relayUrl: 'http://relay' });
    expect(await some).toBe('client');
    expect(loads).toEqual(['load']);
  });

  it('a failed load is reported to whoever awaits it, not as an unhandled rejection', async () => {
    const client = relayClientFor('t', Promise.resolve({}), () =>
      Promise.reject(new Error('offline')),
    );
    await expect(client).rejects.toThrow('offline');
  });
});
