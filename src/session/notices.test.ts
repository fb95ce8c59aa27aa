import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocError } from '../doc';
import { attempt, createNoticeStore } from './notices';
import { createUiStore } from './uiStore';

afterEach(() => vi.useRealTimers());

describe('notices of a map session', () => {
  it('each session has its own store: a refusal shows in that session only', () => {
    const a = createUiStore();
    const b = createUiStore();
    expect(a.getState().notices).not.toBe(b.getState().notices);
    const result = attempt(a.getState().notices, () => {
      throw new DocError('invalid', 'a map needs at least one phase');
    });
    expect(result).toBeUndefined();
    expect(
      a
        .getState()
        .notices.getState()
        .notices.map((n) => n.kind),
    ).toEqual(['error']);
    expect(b.getState().notices.getState().notices).toEqual([]);
    // reset (a map opened or closed) keeps the session's store
    const before = a.getState().notices;
    a.getState().reset();
    expect(a.getState().notices).toBe(before);
  });

  it('keeps the last three and lets an undismissed one fade', () => {
    vi.useFakeTimers();
    const notices = createNoticeStore();
    for (const text of ['one', 'two', 'three', 'four']) notices.getState().push(text);
    expect(notices.getState().notices.map((n) => n.text)).toEqual(['two', 'three', 'four']);
    vi.runAllTimers();
    expect(notices.getState().notices).toEqual([]);
  });
});
