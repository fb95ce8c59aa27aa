/**
 * The one contract every RelayStore meets (types.ts); run against SQLite by
 * sqlite.test.ts and against a real PostgreSQL by postgres.test.ts. `make` gives a fresh,
 * opened store whose rooms are empty; `reopen` (when given) a second store on the SAME
 * data — another relay on the database, or the relay after a restart.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayStore } from './types';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

export function relayStoreContract(
  name: string,
  make: () => Promise<RelayStore>,
  reopen: (store: RelayStore) => Promise<RelayStore>,
): void {
  describe(`RelayStore contract: ${name}`, () => {
    const open: RelayStore[] = [];
    const fresh = async () => {
      const s = await make();
      open.push(s);
      return s;
    };
    const again = async (s: RelayStore) => {
      const t = await reopen(s);
      open.push(t);
      return t;
    };
    afterEach(async () => {
      for (const s of open.splice(0).reverse()) await s.close();
    });

    it('appends a batch of rows of several rooms in one go; seqs count per room, in order', async () => {
      const store = await fresh();
      const seqs = await store.appendBatch([
        { room: 'a', data: bytes(3, 1) },
        { room: 'b', data: bytes(3, 2) },
        { room: 'a', data: bytes(3, 3) },
      ]);
      expect(seqs).toEqual([1, 1, 2]);
      const a = await store.load('a');
      expect(a.updates.map((u) => [...u])).toEqual([
        [1, 1, 1],
        [3, 3, 3],
      ]);
      expect(a).toMatchObject({ lastSeq: 2, bytes: 6, stateVector: null });
      expect(await store.appendBatch([{ room: 'b', data: bytes(1) }])).toEqual([2]);
      const empty = await store.load('nothing-here');
      expect(empty).toMatchObject({ updates: [], lastSeq: 0, bytes: 0, stateVector: null });
    });

    it('reads what came after a seq, in order (catching up)', async () => {
      const store = await fresh();
      await store.appendBatch([1, 2, 3].map((i) => ({ room: 'r', data: bytes(2, i) })));
      const rows = await store.readSince('r', 1);
      expect(rows.map((r) => [r.seq, r.data[0]])).toEqual([
        [2, 2],
        [3, 3],
      ]);
      expect(await store.readSince('r', 3)).toEqual([]);
    });

    it('compaction: one row with the state vector, a seq above every row; a later row voids the vector', async () => {
      const store = await fresh();
      const doc = new Y.Doc();
      doc.getMap('m').set('k', 1);
      const [first] = await store.appendBatch([{ room: 'r', data: Y.encodeStateAsUpdate(doc) }]);
      doc.getMap('m').set('j', 2);
      await store.appendBatch([{ room: 'r', data: Y.encodeStateAsUpdate(doc) }]);
      const seq = await store.compact(
        'r',
        Y.encodeStateAsUpdate(doc),
        Y.encodeStateVector(doc),
        first! + 1,
      );
      expect(seq).toBeGreaterThan(first! + 1);
      const loaded = await store.load('r');
      expect(loaded.updates).toHaveLength(1);
      expect(loaded.lastSeq).toBe(seq);
      expect(loaded.stateVector).toEqual(Y.encodeStateVector(doc));
      // a reader that had seen the first row finds the merged one by seq
      expect((await store.readSince('r', first!)).map((r) => r.seq)).toEqual([seq]);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, loaded.updates[0]!);
      expect(copy.getMap('m').toJSON()).toEqual({ k: 1, j: 2 });
      expect(await store.appendBatch([{ room: 'r', data: bytes(2) }])).toEqual([seq + 1]);
      expect((await store.load('r')).stateVector).toBeNull();
    });

    it('compaction keeps rows above upToSeq (committed while it was merging)', async () => {
      const store = await fresh();
      await store.appendBatch([1, 2, 3].map((i) => ({ room: 'r', data: bytes(1, i) })));
      const seq = await store.compact('r', bytes(1, 9), bytes(1, 0), 2);
      expect(seq).toBe(4);
      const loaded = await store.load('r');
      expect(loaded.updates.map((u) => u[0])).toEqual([3, 9]);
      expect(loaded.stateVector).toBeNull();
    });

    it('link generations start at 0 and move on with every revocation', async () => {
      const store = await fresh();
      expect(await store.generation('m')).toBe(0);
      expect(await store.bumpGeneration('m')).toBe(1);
      expect(await store.bumpGeneration('m')).toBe(2);
      expect(await store.generation('m')).toBe(2);
      expect(await store.generation('other')).toBe(0);
    });

    it('what is committed is there for the next store on the same data, which continues the seqs', async () => {
      const store = await fresh();
      await store.appendBatch([{ room: 'r', data: bytes(2, 7) }]);
      await store.bumpGeneration('r');
      const next = await again(store);
      expect((await next.load('r')).updates.map((u) => [...u])).toEqual([[7, 7]]);
      expect(await next.generation('r')).toBe(1);
      expect(await next.appendBatch([{ room: 'r', data: bytes(1) }])).toEqual([2]);
    });

    it('lists stored rooms with their highest seq; a bumped generation alone is no room', async () => {
      const store = await fresh();
      expect(await store.hasRoom('listed-a')).toBe(false);
      await store.appendBatch([
        { room: 'listed-b', data: bytes(1) },
        { room: 'listed-a', data: bytes(1) },
        { room: 'listed-b', data: bytes(1) },
      ]);
      await store.bumpGeneration('listed-c');
      expect(await store.hasRoom('listed-a')).toBe(true);
      expect(await store.hasRoom('listed-c')).toBe(false);
      const ids = await store.roomIds();
      expect(ids.filter((id) => id.startsWith('listed-'))).toEqual(['listed-a', 'listed-b']);
      const heads = await store.heads();
      expect(heads.get('listed-a')).toBe(1);
      expect(heads.get('listed-b')).toBe(2);
      expect(heads.has('listed-c')).toBe(false);
    });

    it('keeps issued share links: listed per map or workspace, revoked one by one, across reopening', async () => {
      const store = await fresh();
      const tag = Math.random().toString(36).slice(2);
      const link = (id: string, scope: 'map' | 'workspace', createdAt: number) => ({
        id: `${id}-${tag}`,
        role: scope === 'map' ? 'comment' : 'view',
        scope,
        room: scope === 'map' ? `links-${tag}` : null,
        generation: 0,
        createdAt,
        expiresAt: scope === 'map' ? createdAt + 3_600_000 : null,
        revokedAt: null,
      });
      await store.recordLink(link('b', 'map', 2000));
      await store.recordLink(link('a', 'map', 1000));
      await store.recordLink(link('w', 'workspace', 1500));
      expect((await store.listLinks(`links-${tag}`)).map((l) => l.id)).toEqual([
        `a-${tag}`,
        `b-${tag}`,
      ]);
      expect(await store.listLinks(`links-${tag}`)).toContainEqual(link('a', 'map', 1000));
      expect((await store.listLinks(null)).map((l) => l.id)).toContain(`w-${tag}`);
      expect(await store.linkRevoked(`a-${tag}`)).toBe(false);
      const revoked = await store.revokeLink(`a-${tag}`, 5000);
      expect(revoked).toEqual({ ...link('a', 'map', 1000), revokedAt: 5000 });
      expect(await store.revokeLink(`nope-${tag}`, 5000)).toBeNull();
      const next = await again(store);
      expect(await next.linkRevoked(`a-${tag}`)).toBe(true);
      expect(await next.linkRevoked(`b-${tag}`)).toBe(false);
      expect(await next.linkRevoked(`unknown-${tag}`)).toBe(false);
      // revoking again keeps the first time
      expect((await next.revokeLink(`a-${tag}`, 9000))?.revokedAt).toBe(5000);
    });

    it('answers the health check', async () => {
      const store = await fresh();
      await expect(store.check()).resolves.toBeUndefined();
    });
  });
}
