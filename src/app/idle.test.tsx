// Idle-time work of an open (the link's connection row) waits for the map to be shown
// and painted, not merely for idle time: a page waiting for the relay is idle too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterFirstPaint } from './idle';

describe('afterFirstPaint', () => {
  let idle: (() => void)[] = [];
  const real = globalThis.requestIdleCallback;
  beforeEach(() => {
    idle = [];
    globalThis.requestIdleCallback = ((fn: () => void) => idle.push(fn)) as typeof real;
  });
  afterEach(() => {
    globalThis.requestIdleCallback = real;
  });

  it('asks for idle time only once the map is shown and its frame has gone by', async () => {
    let show!: () => void;
    const shown = new Promise<void>((resolve) => (show = resolve));
    let done = false;
    const waiting = afterFirstPaint(shown).then(() => (done = true));
    // idle, but the map is not there yet: nothing may run
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toHaveLength(0);
    show();
    await expect.poll(() => idle.length).toBe(1);
    expect(done).toBe(false);
    idle.splice(0).forEach((fn) => fn());
    await waiting;
    expect(done).toBe(true);
  });

  it('an open that failed still lets the work run', async () => {
    const waiting = afterFirstPaint(Promise.reject(new Error('not found')));
    await expect.poll(() => idle.length).toBe(1);
    idle.splice(0).forEach((fn) => fn());
    await waiting;
  });

  it('a tab switched away from does not wait (it may be closed next)', async () => {
    let done = false;
    const waiting = afterFirstPaint(new Promise(() => undefined)).then(() => (done = true));
    try {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(done).toBe(false);
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      // at once, not at the 10 s cap: the next task already sees it done
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(done).toBe(true);
      await waiting;
      expect(idle).toHaveLength(0);
    } finally {
      // back to the prototype's getter
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('a closing tab does not wait', async () => {
    const waiting = afterFirstPaint(new Promise(() => undefined));
    window.dispatchEvent(new Event('pagehide'));
    await waiting;
    expect(idle).toHaveLength(0);
  });
});
