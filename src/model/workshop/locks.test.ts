import { describe, expect, it } from 'vitest';
import { canEdit, hasLocks, NO_LOCKS } from './locks';

describe('canEdit', () => {
  const laneLocked = { map: false, lanes: new Set(['l1']) };
  const mapLocked = { map: true, lanes: new Set<string>() };
  it('lets editors edit unlocked lanes only', () => {
    expect(canEdit({ role: 'editor', locks: NO_LOCKS, laneId: 'l1' })).toBe(true);
    expect(canEdit({ role: 'editor', locks: laneLocked, laneId: 'l1' })).toBe(false);
    expect(canEdit({ role: 'editor', locks: laneLocked, laneId: 'l2' })).toBe(true);
    expect(canEdit({ role: 'editor', locks: laneLocked })).toBe(true);
    expect(canEdit({ role: 'editor', locks: mapLocked, laneId: 'l2' })).toBe(false);
    expect(canEdit({ role: 'editor', locks: mapLocked })).toBe(false);
  });
  it('never lets viewers edit and always lets facilitators', () => {
    expect(canEdit({ role: 'viewer', locks: NO_LOCKS })).toBe(false);
    expect(canEdit({ role: 'facilitator', locks: mapLocked, laneId: 'l1' })).toBe(true);
  });
  it('knows when anything is locked', () => {
    expect(hasLocks(NO_LOCKS)).toBe(false);
    expect(hasLocks(laneLocked)).toBe(true);
    expect(hasLocks(mapLocked)).toBe(true);
  });
});
