// Two people type into the same card at once, each in their own document, the
// editors writing after the frame that shows each keystroke (one shared channel
// for every session's after-paint hop). Both documents end with both people's
// text, and each person's undo takes back their own typing as one step.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addCard,
  createMapDoc,
  createUndoManager,
  exportMap,
  REMOTE_ORIGIN,
  setCardText,
} from '../doc';
import { deliver, peerOf } from '../doc/testing/peers';
import { standardTemplate } from '../model/templates';
import { startTyping, type TypingTarget } from './typing';

type Doc = ReturnType<typeof createMapDoc>;

function person(doc: Doc, id: string) {
  const undo = createUndoManager(doc);
  const text = () => exportMap(doc).cards.find((c) => c.id === id)?.text ?? '';
  const target: TypingTarget = { read: text, write: (t) => setCardText(doc, id, t) };
  return { undo, text, target };
}

/** Two documents of one map, each update delivered to the other at once. */
function twoPeers() {
  const docA = createMapDoc(standardTemplate('en', { title: 'Pair', id: 'typing-peers' }));
  const map = exportMap(docA);
  const id = addCard(docA, { laneId: map.lanes[0]!.id, phaseId: map.phases[0]!.id, text: 'Hi' });
  const docB = peerOf(docA);
  docA.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) deliver(docA, docB, REMOTE_ORIGIN);
  });
  docB.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) deliver(docB, docA, REMOTE_ORIGIN);
  });
  return { a: person(docA, id), b: person(docB, id) };
}

/** One task through a message channel: the editors' after-paint hops run meanwhile. */
const task = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** Waits, task by task (not by time), until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i++) await task();
  expect(check()).toBe(true);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('two people typing in one card', () => {
  it('converges with both texts; each undo takes back that person’s typing as one step', async () => {
    // the clock moves only by hand: the editors' timers never fire, the frames write
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const paint = () => frames.splice(0).forEach((cb) => cb(performance.now()));
    const { a, b } = twoPeers();
    // what each editor shows: the user's keystrokes, and the merged text once told
    let shownA = 'Hi';
    let shownB = 'Hi';
    const typingA = startTyping(a.undo, a.target, { onMerge: (t) => (shownA = t) });
    const typingB = startTyping(b.undo, b.target, { onMerge: (t) => (shownB = t) });
    for (let k = 0; k < 4; k++) {
      // normal typing: a keystroke every 100 ms
      vi.setSystemTime(Date.now() + 100);
      // in the same frame A types at the end of the text, B at its start
      shownA += ' you'[k];
      shownB = shownB.slice(0, k) + 'Oh, '[k] + shownB.slice(k);
      typingA.change(shownA);
      typingB.change(shownB);
      await task();
      // nothing is written before the frame showing the keystrokes is painted
      expect(a.text()).toBe(b.text());
      expect(a.text()).not.toContain(' you'.slice(0, k + 1));
      paint();
      await until(
        () =>
          a.text() === b.text() &&
          a.text().endsWith(' you'.slice(0, k + 1)) &&
          a.text().startsWith('Oh, '.slice(0, k + 1)),
      );
      // the editors hear of the peer's keystroke (CardTextEditor does on every change)
      typingA.remoteChanged();
      typingB.remoteChanged();
      expect([shownA, shownB]).toEqual([a.text(), a.text()]);
    }
    typingA.end();
    typingB.end();
    expect(a.text()).toBe('Oh, Hi you');
    expect(b.text()).toBe('Oh, Hi you');
    // A's four keystrokes were four writes, and one undo step
    a.undo.undo();
    expect(a.text()).toBe('Oh, Hi');
    expect(b.text()).toBe('Oh, Hi');
    b.undo.undo();
    expect(b.text()).toBe('Hi');
    expect(a.text()).toBe('Hi');
  });
});
