/**
 * The one contract every DocumentStore must meet; run against IndexedDB
 * (fake-indexeddb in node) and the in-memory fake by documentStore.test.ts.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore } from './documentStore';

let counter = 0;
const uniqueId = () => `map-${Date.now().toString(36)}-${++counter}`;

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return doc;
}

function textOf(update: Uint8Array | null): string | null {
  if (!update) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

export function documentStoreContract(name: string, make: () => DocumentStore): void {
  describe(`DocumentStore contract: ${name}`, () => {
    it('reads null for a map that was never stored', async () => {
      const store = make();
      expect(await store.read(uniqueId())).toBeNull();
    });

    it('appends updates and reads them back merged', async () => {
      const store = make();
      const id = uniqueId();
      const doc = docWith('hello');
      await store.append(id, Y.encodeStateAsUpdate(doc));
      const sv = Y.encodeStateVector(doc);
      doc.getText('t').insert(5, ' world');
      await store.append(id, Y.encodeStateAsUpdate(doc, sv));
      expect(textOf(await store.read(id))).toBe('hello world');
    });

    it('loads the stored state into an attached doc, and stores what the binding is given', async () => {
      const store = make();
      const id = uniqueId();
      await store.append(id, Y.encodeStateAsUpdate(docWith('abc')));

      const doc = new Y.Doc();
      const binding = store.attach(id, doc);
      await binding.whenLoaded;
      expect(doc.getText('t').toString()).toBe('abc');

      const sv = Y.encodeStateVector(doc);
      doc.getText('t').insert(3, 'def');
      await binding.store(Y.encodeStateAsUpdate(doc, sv));
      await binding.destroy();
      expect(textOf(await store.read(id))).toBe('abcdef');
    });

    it('keeps storing after the doc is destroyed, until the binding itself is destroyed', async () => {
      const store = make();
      const id = uniqueId();
      const doc = new Y.Doc();
      const binding = store.attach(id, doc);
      await binding.whenLoaded;
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      doc.getText('t').insert(0, 'one ');
      doc.getText('t').insert(4, 'two');
      doc.destroy();
      for (const u of updates) await binding.store(u);
      await binding.destroy();
      expect(textOf(await store.read(id))).toBe('one two');
    });

    it('applies loaded updates with the binding origin', async () => {
      const store = make();
      const id = uniqueId();
      await store.append(id, Y.encodeStateAsUpdate(docWith('x')));
      const doc = new Y.Doc();
      const origins: unknown[] = [];
      doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
      const binding = store.attach(id, doc);
      await binding.whenLoaded;
      expect(origins.length).toBeGreaterThan(0);
      expect(origins.every((o) => o === binding.origin)).toBe(true);
      await binding.destroy();
    });

    it('a later attach sees everything an earlier binding stored', async () => {
      const store = make();
      const id = uniqueId();
      const first = new Y.Doc();
      const a = store.attach(id, first);
      await a.whenLoaded;
      for (let i = 0; i < 20; i++) {
        const sv = Y.encodeStateVector(first);
        first.getArray<number>('n').push([i]);
        await a.store(Y.encodeStateAsUpdate(first, sv));
      }
      await a.destroy();

      const second = new Y.Doc();
      const b = store.attach(id, second);
      await b.whenLoaded;
      expect(second.getArray<number>('n').toArray()).toEqual([...Array(20).keys()]);
      await b.destroy();
    });

    it('notes the maps it stored, without opening them, until they are removed', async () => {
      const store = make();
      const [appended, bound] = [uniqueId(), uniqueId()];
      expect(store.noted(appended)).toBe(false);
      await store.append(appended, Y.encodeStateAsUpdate(docWith('a')));
      expect(store.noted(appended)).toBe(true);
      // attaching (and loading nothing) is not storing
      const doc = new Y.Doc();
      const binding = store.attach(bound, doc);
      await binding.whenLoaded;
      expect(store.noted(bound)).toBe(false);
      await binding.store(Y.encodeStateAsUpdate(docWith('b')));
      expect(store.noted(bound)).toBe(true);
      await binding.destroy();
      await store.remove(appended);
      expect(store.noted(appended)).toBe(false);
      expect(store.noted(bound)).toBe(true);
    });

    it('lists stored maps and forgets removed ones', async () => {
      const store = make();
      const [x, y] = [uniqueId(), uniqueId()];
      await store.append(x, Y.encodeStateAsUpdate(docWith('x')));
      await store.append(y, Y.encodeStateAsUpdate(docWith('y')));
      expect(await store.list()).toEqual(expect.arrayContaining([x, y]));
      await store.remove(x);
      const ids = await store.list();
      expect(ids).not.toContain(x);
      expect(ids).toContain(y);
      expect(await store.read(x)).toBeNull();
      await store.remove('never-stored');
    });
  });
}
