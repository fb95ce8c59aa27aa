import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCard,
  createMapDoc,
  createUndoManager,
  exportMap,
  REMOTE_ORIGIN,
  setCardText,
} from '../doc';
import { standardTemplate } from '../model/templates';
import { startTyping, TYPING_FLUSH_MS, type TypingTarget } from './typing';

function setup() {
  const doc = createMapDoc(standardTemplate('en', { title: 'Typing', id: 'typing-test' }));
  const map = exportMap(doc);
  const id = addCard(doc, { laneId: map.lanes[0]!.id, phaseId: map.phases[0]!.id, text: 'Hi' });
  const undo = createUndoManager(doc);
  const text = () => exportMap(doc).cards.find((c) => c.id === id)?.text;
  const target: TypingTarget = { read: () => text() ?? '', write: (t) => setCardText(doc, id, t) };
  return { doc, id, undo, text, target };
}

describe('typing session', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes a keystroke within a frame, closer ones a frame after the last write, as one undo step', () => {
    const { undo, text, target } = setup();
    const session = startTyping(undo, target);
    session.change('Hi t');
    // not in the keystroke's own task: its frame is painted first
    expect(text()).toBe('Hi');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Hi t');
    session.change('Hi th');
    session.change('Hi the');
    expect(text()).toBe('Hi t');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Hi the');
    // steady fast typing is still saved a frame after the last write, not only at a pause
    vi.advanceTimersByTime(8);
    session.change('Hi ther');
    vi.advanceTimersByTime(4);
    session.change('Hi there');
    expect(text()).toBe('Hi the');
    vi.advanceTimersByTime(TYPING_FLUSH_MS - 12);
    expect(text()).toBe('Hi there');
    session.change('Hi there!');
    session.end();
    expect(text()).toBe('Hi there!');
    undo.undo();
    expect(text()).toBe('Hi');
    // the session was the only step
    expect(undo.canUndo()).toBe(false);
  });

  it('writes each keystroke of normal typing on its own; a burst within a frame is one write', () => {
    const { undo, text, target } = setup();
    const writes: string[] = [];
    const counted = { ...target, write: (t: string) => (writes.push(t), target.write(t)) };
    const session = startTyping(undo, counted);
    expect(TYPING_FLUSH_MS).toBeLessThanOrEqual(17);
    // a key every 60 ms: every keystroke is a write of its own, at once
    for (const typed of ['Hi t', 'Hi th', 'Hi the']) {
      session.change(typed);
      vi.advanceTimersByTime(TYPING_FLUSH_MS);
      expect(text()).toBe(typed);
      vi.advanceTimersByTime(60 - TYPING_FLUSH_MS);
    }
    // a keystroke, then a paste or an IME commit within its frame: one write
    session.change('Hi then');
    vi.advanceTimersByTime(1);
    session.change('Hi then,');
    session.change('Hi then, ok');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(writes).toEqual(['Hi t', 'Hi th', 'Hi the', 'Hi then, ok']);
    session.end();
    undo.undo();
    expect(text()).toBe('Hi');
  });

  it('writes a keystroke as soon as the frame showing it was painted, before the timer', async () => {
    vi.useRealTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    try {
      const { undo, text, target } = setup();
      const session = startTyping(undo, target, { delay: 10_000 });
      session.change('Hi t');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(text()).toBe('Hi');
      // the frame: rAF runs before its paint, the write after it
      frames.splice(0).forEach((cb) => cb(performance.now()));
      expect(text()).toBe('Hi');
      await vi.waitFor(() => expect(text()).toBe('Hi t'));
      session.end();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('writes at once when the tab is hidden or closed', () => {
    const { undo, text, target } = setup();
    const session = startTyping(undo, target);
    session.change('Hi, saved on pagehide');
    window.dispatchEvent(new Event('pagehide'));
    expect(text()).toBe('Hi, saved on pagehide');
    session.end();
  });

  it('keeps a peer’s edit elsewhere in the text and shows it in the editor', () => {
    const { doc, id, undo, text, target } = setup();
    const merged: string[] = [];
    const session = startTyping(undo, target, { onMerge: (t) => merged.push(t) });
    session.change('Hi y');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Hi y');
    // the next keystroke waits for the frame's end; a peer's edit arrives meanwhile
    session.change('Hi you');
    doc.transact(() => setCardText(doc, id, 'Oh Hi y'), REMOTE_ORIGIN);
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Oh Hi you');
    expect(merged).toEqual(['Oh Hi you']);
    session.end();
    // undo takes back only the local typing
    undo.undo();
    expect(text()).toBe('Oh Hi');
  });

  it('cancel takes back what the session wrote and leaves no undo step', () => {
    const { undo, text, target } = setup();
    const session = startTyping(undo, target);
    session.change('Hi, almost');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Hi, almost');
    session.change('Hi, almost gone');
    session.cancel();
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    expect(text()).toBe('Hi');
    expect(undo.canRedo()).toBe(false);
  });

  it('finishes once, inside its undo step, when it wrote; not when nothing was typed', () => {
    const { undo, text, target } = setup();
    const finished: string[] = [];
    const counted = { ...target, finish: () => void finished.push(text() ?? '') };
    const idle = startTyping(undo, counted);
    idle.end();
    expect(finished).toEqual([]);
    const session = startTyping(undo, counted);
    session.change('Hi a');
    vi.advanceTimersByTime(TYPING_FLUSH_MS);
    session.change('Hi all');
    session.end();
    expect(finished).toEqual(['Hi all']);
    undo.undo();
    expect(text()).toBe('Hi');
    expect(undo.canUndo()).toBe(false);
  });
});
