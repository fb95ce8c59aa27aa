// happy-dom: the guard needs a window
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openMapStorage } from './mapStorage';
import { MemoryDocumentStore } from './memoryDocumentStore';

function unload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('beforeunload guard', () => {
  it('warns only while an edit is not yet stored', async () => {
    const documents = new MemoryDocumentStore();
    const doc = new Y.Doc();
    const storage = openMapStorage('guarded', doc, { documents, tabSync: false, retryMs: 1000 });
    await storage.whenLoaded;
    expect(unload()).toBe(false);

    documents.failWrites(1);
    doc.getText('t').insert(0, 'not yet stored');
    await expect(storage.flush()).rejects.toThrow();
    expect(unload()).toBe(true);

    await new Promise((r) => setTimeout(r, 1100));
    await storage.flush();
    expect(unload()).toBe(false);
    storage.destroy();
  });
});
