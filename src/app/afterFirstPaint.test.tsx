// The service worker's registration waits for the routed map's open and idle time
// (issue 18: it must not compete with the first paint).
import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './afterFirstPaint';

describe('afterFirstPaint', () => {
  it('runs the task only once the open has settled, then when idle', async () => {
    let settle!: () => void;
    const opening = new Promise<void>((resolve) => (settle = resolve));
    const task = vi.fn();
    afterFirstPaint(opening, task, 50);
    await new Promise((r) => setTimeout(r, 100));
    expect(task).not.toHaveBeenCalled();
    settle();
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
  });

  it('runs it after a failed open too', async () => {
    const task = vi.fn();
    afterFirstPaint(Promise.reject(new Error('no map')), task, 50);
    await vi.waitFor(() => expect(task).toHaveBeenCalledTimes(1));
  });
});
