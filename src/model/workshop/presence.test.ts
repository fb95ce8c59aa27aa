import { describe, expect, it } from 'vitest';
import { followViewport, stepPhase, visibleRect } from './follow';
import { colorForUser, parsePresence, PRESENCE_COLORS, workshopRoleOf } from './presence';

describe('parsePresence', () => {
  it('keeps good fields and drops bad ones', () => {
    const state = parsePresence({
      user: { id: 'u1', name: '  Lea  ', color: '#112233', role: 'editor' },
      cursor: { x: 10, y: -5 },
      selection: ['c1', 42, 'c2'],
      editing: 'c1',
      dragging: { cardIds: ['c1'], dx: 3, dy: NaN },
      viewport: { x: 0, y: 0, zoom: 1, width: 800, height: 600 },
      presenting: { phaseId: 'p1' },
    });
    expect(state).toEqual({
      user: { id: 'u1', name: 'Lea', color: '#112233', role: 'editor' },
      cursor: { x: 10, y: -5 },
      selection: ['c1', 'c2'],
      editing: 'c1',
      viewport: { x: 0, y: 0, zoom: 1, width: 800, height: 600 },
      presenting: { phaseId: 'p1' },
    });
  });
  it('rejects states without a user and repairs claims it cannot trust', () => {
    expect(parsePresence({ cursor: { x: 1, y: 1 } })).toBeNull();
    expect(parsePresence(null)).toBeNull();
    const s = parsePresence({
      user: { id: 'u2', name: 'x'.repeat(99), color: 'red', role: 'god' },
    });
    expect(s?.user.name).toHaveLength(40);
    expect(s?.user.color).toBe(colorForUser('u2'));
    expect(s?.user.role).toBe('viewer');
  });
  it('maps relay roles and gives stable colours', () => {
    expect(workshopRoleOf('admin')).toBe('facilitator');
    expect(workshopRoleOf('facilitator')).toBe('facilitator');
    expect(workshopRoleOf('edit')).toBe('editor');
    expect(workshopRoleOf('view')).toBe('viewer');
    expect(workshopRoleOf(null)).toBe('facilitator');
    expect(workshopRoleOf(null, true)).toBe('editor');
    expect(colorForUser('abc')).toBe(colorForUser('abc'));
    expect(PRESENCE_COLORS).toContain(colorForUser('someone'));
    const spread = new Set(Array.from({ length: 50 }, (_, i) => colorForUser(`user-${i}`)));
    expect(spread.size).toBeGreaterThan(6);
  });
});

describe('following', () => {
  const leader = { x: -200, y: -100, zoom: 2, width: 800, height: 600 };
  it('is the identity on a pane of the same size', () => {
    expect(followViewport(leader, { width: 800, height: 600 })).toEqual({
      x: -200,
      y: -100,
      zoom: 2,
    });
  });
  it('shows the whole region of the leader on a smaller pane, centred', () => {
    const v = followViewport(leader, { width: 400, height: 600 });
    expect(v.zoom).toBe(1);
    const mine = visibleRect({ ...v, width: 400, height: 600 });
    const theirs = visibleRect(leader);
    expect(mine.x).toBeCloseTo(theirs.x);
    expect(mine.width).toBeCloseTo(theirs.width);
    expect(mine.y + mine.height / 2).toBeCloseTo(theirs.y + theirs.height / 2);
  });
  it('steps through phases and stays at the ends', () => {
    expect(stepPhase(['a', 'b', 'c'], undefined, 1)).toBe('a');
    expect(stepPhase(['a', 'b', 'c'], 'a', 1)).toBe('b');
    expect(stepPhase(['a', 'b', 'c'], 'c', 1)).toBe('c');
    expect(stepPhase(['a', 'b', 'c'], 'a', -1)).toBe('a');
    expect(stepPhase(['a', 'b'], 'gone', -1)).toBe('a');
    expect(stepPhase([], 'a', 1)).toBeNull();
  });
});
