import { describe, expect, it } from 'vitest';
import { contrastRatio, distinctColors } from './colors';
import { PRESENCE_COLORS } from './presence';

const people = (n: number, color = '#1f618d') =>
  Array.from({ length: n }, (_, i) => ({ id: `user-${String(i).padStart(2, '0')}`, color }));

describe('presence colours', () => {
  it('has 12 colours, each readable as text on white (WCAG AA)', () => {
    expect(new Set(PRESENCE_COLORS.map((c) => c.toLowerCase())).size).toBe(12);
    for (const c of PRESENCE_COLORS)
      expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('gives up to 12 present people 12 different colours, even if all chose the same', () => {
    for (let n = 1; n <= 12; n++) {
      const colors = distinctColors(people(n));
      expect(new Set(colors.values()).size).toBe(n);
    }
    expect(new Set(distinctColors(people(13)).values()).size).toBe(12);
  });

  it('keeps a free chosen colour, and gives everyone the same answer in any order', () => {
    const a = { id: 'a', color: '#117A65' };
    const b = { id: 'b', color: '#117a65' };
    const c = { id: 'c', color: '#ffffff' };
    const one = distinctColors([a, b, c]);
    expect(one.get('a')).toBe('#117a65');
    expect(one.get('b')).not.toBe('#117a65');
    expect(one.get('c')).toBe('#ffffff');
    expect(distinctColors([c, b, a])).toEqual(one);
  });
});
