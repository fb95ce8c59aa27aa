import { describe, expect, it } from 'vitest';
import { ACTION_GAP_MS, pendingActions } from './pendingActions';

describe('pendingActions', () => {
  it('counts a burst of updates (a new card and its typed text) as one action', () => {
    const p = pendingActions(0);
    for (let t = 0; t < 2000; t += 60) p.record(t);
    expect(p.count()).toBe(1);
    p.record(2000 + ACTION_GAP_MS);
    expect(p.count()).toBe(2);
  });

  it('an action stays pending while any of its updates is unconfirmed', () => {
    const p = pendingActions(0);
    const first = p.record(0);
    p.record(10);
    p.confirm(first);
    expect(p.count()).toBe(1);
    p.confirm(p.latest);
    expect(p.count()).toBe(0);
    // after a confirmation the next update starts a new action, however soon it comes
    p.record(20);
    expect(p.count()).toBe(1);
  });

  it('actions remembered from before a reload ride on the first sequence number', () => {
    const p = pendingActions(3);
    expect(p.count()).toBe(3);
    p.record(0);
    expect(p.count()).toBe(4);
    p.confirm(1);
    expect(p.count()).toBe(1);
  });
});
