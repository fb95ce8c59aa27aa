/**
 * In-memory DocumentStore: the fake used by tests (and a fallback where IndexedDB is
 * missing). `failWrites(n)` makes the next n writes fail so retry paths can be tested.
 */
import * as Y from 'yjs';
import type { DocumentBinding, DocumentStore } from './documentStore';
import { StorageError } from './errors';

export class MemoryDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, Uint8Array[]>();
  private failuresLeft = 0;
  /** how many writes were attempted (for tests of retry behaviour) */
  writeAttempts = 0;

  /** The next `count` writes reject with a `write-failed` StorageError. */
  failWrites(count: number): void {
    this.failuresLeft = count;
  }

  attach(mapId: string, doc: Y.Doc): DocumentBinding {
    const origin = { storage: 'memory', mapId };
    let destroyed = false;
    const whenLoaded = Promise.resolve().then(() => {
      if (destroyed) return;
      const updates = this.docs.get(mapId);
      if (!updates) return;
      Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u, origin)), origin, false);
    });
    return {
      whenLoaded,
      origin,
      store: (update) => this.append(mapId, update),
      destroy: async () => {
        destroyed = true;
      },
    };
  }

  async read(mapId: string): Promise<Uint8Array | null> {
    const updates = this.docs.get(mapId);
    return updates ? Y.mergeUpdates(updates) : null;
  }

  async append(mapId: string, update: Uint8Array): Promise<void> {
    this.writeAttempts++;
    await Promise.resolve();
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new StorageError('write-failed', 'simulated write failure');
    }
    const updates = this.docs.get(mapId) ?? [];
    // copy: a caller may reuse its buffer, a real store would have serialised it
    updates.push(update.slice());
    this.docs.set(mapId, updates);
  }

  async list(): Promise<string[]> {
    return [...this.docs.keys()];
  }

  noted(mapId: string): boolean {
    return this.docs.has(mapId);
  }

  async remove(mapId: string): Promise<void> {
    this.docs.delete(mapId);
  }
}
