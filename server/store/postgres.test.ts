// The RelayStore contract on a real PostgreSQL (a throwaway server for this file, a
// fresh database per test), plus what only a shared database has: the bus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { startPostgres } from '../pgTesting';
import type { PostgresServer } from '../pgTesting';
import { waitFor } from '../testing';
import { relayStoreContract } from './contract';
import { PostgresStore } from './postgres';
import type { BusEvent, RelayStore } from './types';

const log = pino({ level: 'silent' });
let server: PostgresServer;
let databases = 0;
const urls = new WeakMap<RelayStore, string>();

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);
afterAll(() => server?.stop());

async function storeOn(url: string): Promise<PostgresStore> {
  const store = new PostgresStore(url, log);
  await store.open();
  urls.set(store, url);
  return store;
}

const fresh = () => storeOn(server.createDatabase(`contract_${++databases}`));

relayStoreContract('PostgreSQL', fresh, (other) => storeOn(urls.get(other)!));

describe('PostgresStore between relays', () => {
  it('announces commits, compactions and revocations to the other relays only after they are committed', async () => {
    const a = await fresh();
    const b = await storeOn(urls.get(a)!);
    const heardByA: BusEvent[] = [];
    const heardByB: BusEvent[] = [];
    a.bus.subscribe((e) => heardByA.push(e));
    b.bus.subscribe((e) => heardByB.push(e));
    const [seq] = await a.appendBatch([{ room: 'r', data: new Uint8Array([1, 2]) }]);
    await waitFor(() => heardByB.length === 1, 10_000, 'commit notification');
    // with its row: the other relay applies it without reading the log
    expect(heardByB[0]).toEqual({
      kind: 'commit',
      room: 'r',
      seq,
      rows: [{ seq, data: Buffer.from([1, 2]) }],
    });
    // the row is there for whoever heard of it
    expect((await b.readSince('r', 0)).map((r) => r.seq)).toEqual([seq]);
    await a.compact('r', new Uint8Array([3]), new Uint8Array([0]), seq!);
    await a.bumpGeneration('r');
    b.bus.publishAwareness('r', new Uint8Array([1, 0]));
    await waitFor(() => heardByB.length === 3 && heardByA.length === 1, 10_000, 'notifications');
    expect(heardByB.slice(1)).toEqual([
      { kind: 'compacted', room: 'r', seq: seq! + 1, upTo: seq },
      { kind: 'revoke', room: 'r' },
    ]);
    expect(heardByA[0]).toMatchObject({ kind: 'awareness', room: 'r' });
    await a.close();
    await b.close();
  });

  it('a commit too big for a notification is announced without its rows (read from the log)', async () => {
    const a = await fresh();
    const b = await storeOn(urls.get(a)!);
    const heard: BusEvent[] = [];
    b.bus.subscribe((e) => heard.push(e));
    const big = new Uint8Array(6000).fill(7); // 8,000 characters in base64: over the limit
    const [first, second] = await a.appendBatch([
      { room: 'r', data: new Uint8Array([1]) },
      { room: 'r', data: big },
    ]);
    await waitFor(() => heard.length === 1, 10_000, 'commit notification');
    expect(heard[0]).toEqual({ kind: 'commit', room: 'r', seq: second });
    expect((await b.readSince('r', 0)).map((r) => r.seq)).toEqual([first, second]);
    await a.close();
    await b.close();
  });

  it('two relays committing the same rooms at once get distinct, gap-free seqs per room', async () => {
    const a = await fresh();
    const b = await storeOn(urls.get(a)!);
    const batch = (n: number) => [
      { room: 'x', data: new Uint8Array([n]) },
      { room: 'y', data: new Uint8Array([n]) },
    ];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).appendBatch(batch(i))),
    );
    const xs = results.map((r) => r[0]!).sort((p, q) => p - q);
    expect(xs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await a.load('y')).lastSeq).toBe(20);
    await a.close();
    await b.close();
  });
});
