/**
 * A big update (a first visit receiving a whole big map) is written in idle time, not
 * in the frames right after it arrives, where the board is being painted; small ones
 * still go out after the next paint. Either way it is kept as unsaved until written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openMapStorage, type MapStorage } from './mapStorage';
import { MemoryDocumentStore } from './memoryDocumentStore';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let idle: (() => void)[] = [];
const opened: MapStorage[] = [];

beforeEach(() => {
  idle = [];
  globalThis.requestIdleCallback = ((fn: () => void) => {
    idle.push(fn);
    return idle.length;
  }) as typeof requestIdleCallback;
});
afterEach(() => {
  opened.splice(0).forEach((s) => s.destroy());
  delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
});

async function openEmpty(documents: MemoryDocumentStore, doc: Y.Doc): Promise<MapStorage> {
  const storage = openMapStorage(`idle-${Math.random()}`, doc, { documents, tabSync: false });
  opened.push(storage);
  await storage.whenLoaded;
  return storage;
}

describe('openMapStorage: big updates in idle time', () => {
  it('holds a big update until the browser is idle, then writes it', async () => {
    const documents = new MemoryDocumentStore();
    const doc = new Y.Doc();
    const storage = await openEmpty(documents, doc);
    const before = documents.writeAttempts;
    doc.getText('t').insert(0, 'x'.repeat(100_000));
    // in Node there is no frame: a small update is written on a 0 ms timer, long before this one
    await wait(80);
    expect(documents.writeAttempts).toBe(before);
    expect(storage.hasUnsavedChanges()).toBe(true);
    expect(idle).toHaveLength(1);
    idle[0]!();
    await storage.flush();
    expect(documents.writeAttempts).toBe(before + 1);
    expect(storage.hasUnsavedChanges()).toBe(false);
  });

  it('writes a small update after the next paint, without waiting for idle time', async () => {
    const documents = new MemoryDocumentStore();
    const doc = new Y.Doc();
    const storage = await openEmpty(documents, doc);
    const before = documents.writeAttempts;
    doc.getText('t').insert(0, 'small');
    while (documents.writeAttempts === before) await wait(5);
    expect(documents.writeAttempts).toBe(before + 1);
    expect(storage.hasUnsavedChanges()).toBe(false);
    expect(idle).toHaveLength(0);
  });
});
