import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IdbDocumentStore } from './idbDocumentStore';
import { openMapStorage, openStorages, type MapStorage } from './mapStorage';
import { MemoryDocumentStore } from './memoryDocumentStore';

const opened: MapStorage[] = [];
function open(...args: Parameters<typeof openMapStorage>): MapStorage {
  const s = openMapStorage(...args);
  opened.push(s);
  return s;
}
afterEach(() => {
  opened.splice(0).forEach((s) => s.destroy());
});

let counter = 0;
const uniqueId = () => `ms-${Date.now().toString(36)}-${++counter}`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await wait(5);
  }
}

describe('openMapStorage', () => {
  it('keeps edits across a reload (IndexedDB)', async () => {
    const documents = new IdbDocumentStore();
    const id = uniqueId();
    const doc = new Y.Doc();
    const first = open(id, doc, { documents, tabSync: false });
    await first.whenLoaded;
    doc.getText('t').insert(0, 'kept');
    expect(first.hasUnsavedChanges()).toBe(true);
    await first.flush();
    expect(first.hasUnsavedChanges()).toBe(false);
    expect(first.getStatus().phase).toBe('saved');
    first.destroy();

    const again = new Y.Doc();
    const second = open(id, again, { documents, tabSync: false });
    await second.whenLoaded;
    expect(again.getText('t').toString()).toBe('kept');
  });

  it('does not write back what it loaded', async () => {
    const documents = new MemoryDocumentStore();
    const id = uniqueId();
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'seed');
    await documents.append(id, Y.encodeStateAsUpdate(seed));
    const attemptsBefore = documents.writeAttempts;
    const s = open(id, new Y.Doc(), { documents, tabSync: false });
    await s.whenLoaded;
    await wait(10);
    expect(documents.writeAttempts).toBe(attemptsBefore);
    expect(s.hasUnsavedChanges()).toBe(false);
  });

  it('loads without asking Yjs to encode what it loads (no update listener during the load)', async () => {
    const documents = new IdbDocumentStore();
    const id = uniqueId();
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'stored content');
    await documents.append(id, Y.encodeStateAsUpdate(seed));
    const doc = new Y.Doc();
    // Yjs encodes a transaction's update only when someone listens to 'update'
    const listening: boolean[] = [];
    const observers = (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers;
    doc.on('afterTransaction', () => listening.push((observers.get('update')?.size ?? 0) > 0));
    const s = open(id, doc, { documents, tabSync: false });
    await s.whenLoaded;
    expect(doc.getText('t').toString()).toBe('stored content');
    expect(listening.length).toBeGreaterThan(0);
    expect(listening.every((l) => !l)).toBe(true);
    // after the load every change is stored again
    expect(observers.get('update')?.size).toBe(1);
    expect(s.hasUnsavedChanges()).toBe(false);
  });

  it('stores an edit made while the stored content was still loading', async () => {
    const documents = new IdbDocumentStore();
    const id = uniqueId();
    const seed = new Y.Doc();
    seed.getText('t').insert(0, 'stored');
    await documents.append(id, Y.encodeStateAsUpdate(seed));
    const doc = new Y.Doc();
    const s = open(id, doc, { documents, tabSync: false });
    doc.getMap('m').set('early', 'written during the load');
    await s.whenLoaded;
    await s.flush();
    s.destroy();

    const again = new Y.Doc();
    const reopened = open(id, again, { documents, tabSync: false });
    await reopened.whenLoaded;
    expect(again.getMap('m').get('early')).toBe('written during the load');
    expect(again.getText('t').toString()).toBe('stored');
  });

  it('surfaces a failed write, keeps the change, and retries until it is stored', async () => {
    const documents = new MemoryDocumentStore();
    const id = uniqueId();
    const doc = new Y.Doc();
    const s = open(id, doc, { documents, tabSync: false, retryMs: 10 });
    await s.whenLoaded;
    const phases: string[] = [];
    s.subscribe(() => phases.push(s.getStatus().phase));

    documents.failWrites(2);
    doc.getText('t').insert(0, 'precious');
    await expect(s.flush()).rejects.toMatchObject({ name: 'StorageError', code: 'write-failed' });
    expect(s.getStatus()).toMatchObject({ phase: 'error' });
    expect(s.hasUnsavedChanges()).toBe(true);

    await until(() => s.getStatus().phase === 'saved');
    expect(s.hasUnsavedChanges()).toBe(false);
    expect(s.getStatus().error).toBeNull();
    expect(phases).toContain('error');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await documents.read(id))!);
    expect(stored.getText('t').toString()).toBe('precious');
  });

  it('writes what is queued even when destroyed right after an edit', async () => {
    const documents = new MemoryDocumentStore();
    const id = uniqueId();
    const doc = new Y.Doc();
    const s = openMapStorage(id, doc, { documents, tabSync: false });
    await s.whenLoaded;
    doc.getText('t').insert(0, 'last words');
    s.destroy();
    expect(openStorages()).toContain(s);
    await until(() => !openStorages().includes(s));
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await documents.read(id))!);
    expect(stored.getText('t').toString()).toBe('last words');
  });

  it('stores every queued write when the doc is destroyed right after storage (IndexedDB)', async () => {
    const documents = new IdbDocumentStore();
    for (const [edits, storageFirst] of [
      [2, true],
      [5, true],
      [3, false],
    ] as const) {
      const id = uniqueId();
      const doc = new Y.Doc();
      const s = openMapStorage(id, doc, { documents, tabSync: false });
      await s.whenLoaded;
      for (let i = 0; i < edits; i++) doc.getArray<number>('n').push([i]);
      // what closing a map does: storage, then at once the doc (y-indexeddb listens to its
      // destroy); destroying only the doc must close the storage just as safely
      if (storageFirst) s.destroy();
      doc.destroy();
      await until(() => !openStorages().includes(s));
      expect(s.getStatus()).toMatchObject({ phase: 'saved', error: null });
      const stored = new Y.Doc();
      Y.applyUpdate(stored, (await documents.read(id))!);
      expect(stored.getArray<number>('n').toArray()).toEqual([...Array(edits).keys()]);
    }
  });

  it('rejects whenLoaded with a StorageError when the document cannot be read', async () => {
    const documents = new MemoryDocumentStore();
    documents.attach = (_id, _doc) => ({
      whenLoaded: Promise.reject(new Error('disk on fire')),
      origin: {},
      store: async () => undefined,
      destroy: async () => undefined,
    });
    const s = open(uniqueId(), new Y.Doc(), { documents, tabSync: false });
    await expect(s.whenLoaded).rejects.toMatchObject({ code: 'load-failed' });
    expect(s.getStatus().phase).toBe('error');
  });

  it('keeps two tabs on one map in step without a relay', async () => {
    const documents = new MemoryDocumentStore();
    const id = uniqueId();
    const a = new Y.Doc();
    const b = new Y.Doc();
    const sa = open(id, a, { documents });
    await sa.whenLoaded;
    a.getText('t').insert(0, 'from A ');
    await sa.flush();
    // B also edits offline before it joins: both sides must end with both edits
    b.getMap('m').set('early', 'B');
    const sb = open(id, b, { documents });
    await sb.whenLoaded;
    await until(
      () => b.getText('t').toString() === 'from A ' && a.getMap('m').get('early') === 'B',
    );
    b.getText('t').insert(7, 'and B');
    await until(() => a.getText('t').toString() === 'from A and B');
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });
});
