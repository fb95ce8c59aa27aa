import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { afterPaint } from './afterPaint';
import { openMapStorage } from './mapStorage';
import { MemoryDocumentStore } from './memoryDocumentStore';

/** A frame clock the test drives: rAF callbacks run when `frame()` is called. */
function fakeFrames() {
  const callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
  return {
    frame: () => callbacks.splice(0).forEach((cb) => cb(performance.now())),
    pending: () => callbacks.length,
  };
}
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => void vi.unstubAllGlobals());

describe('afterPaint', () => {
  it('runs after the next frame, not in the task that asked', async () => {
    const frames = fakeFrames();
    const ran: string[] = [];
    afterPaint(() => ran.push('after paint'));
    await task();
    expect(ran).toEqual([]);
    frames.frame();
    expect(ran).toEqual([]);
    await vi.waitFor(() => expect(ran).toEqual(['after paint']));
  });

  it('runs the calls of one frame together, from one frame callback, in call order', async () => {
    const frames = fakeFrames();
    const ran: string[] = [];
    afterPaint(() => ran.push('storage write'));
    afterPaint(() => {
      throw new Error('a broken callback');
    });
    afterPaint(() => ran.push('tab copy'));
    expect(frames.pending()).toBe(1);
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      frames.frame();
      await vi.waitFor(() => expect(ran).toEqual(['storage write', 'tab copy']));
      await vi.waitFor(() => expect(errors).toHaveLength(1));
    } finally {
      process.off('uncaughtException', onError);
    }
    // the next call asks for the next frame
    afterPaint(() => ran.push('next'));
    expect(frames.pending()).toBe(1);
    frames.frame();
    await vi.waitFor(() => expect(ran).toContain('next'));
  });

  it('runs after a timer where no frame comes', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const ran: number[] = [];
    afterPaint(() => ran.push(1), 5);
    await vi.waitFor(() => expect(ran).toEqual([1]));
  });
});

describe('map storage writes after the paint', () => {
  it('keeps an edit unsaved until the frame showing it was painted, then stores it', async () => {
    const frames = fakeFrames();
    const documents = new MemoryDocumentStore();
    const doc = new Y.Doc();
    const s = openMapStorage('after-paint', doc, { documents, tabSync: false });
    await s.whenLoaded;
    doc.getMap('m').set('k', 1);
    expect(s.hasUnsavedChanges()).toBe(true);
    await task();
    // no write before the paint: the status has not even turned to "saving"
    expect(s.getStatus().phase).toBe('saved');
    expect(frames.pending()).toBe(1);
    frames.frame();
    await s.flush();
    expect(s.hasUnsavedChanges()).toBe(false);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await documents.read('after-paint'))!);
    expect(stored.getMap('m').get('k')).toBe(1);
    s.destroy();
  });
});
