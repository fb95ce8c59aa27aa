import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

describe('initials', () => {
  it('takes letters only', () => {
    expect(initialsOf('F(')).toBe('F');
    expect(initialsOf('Fiona (Moderation)')).toBe('FM');
    expect(initialsOf('42 Max')).toBe('MA');
    expect(initialsOf('🙂 lea')).toBe('LE');
    expect(initialsOf('(42)')).toBe('?');
  });

  it('uses the first and last word, or two letters of one word', () => {
    expect(initialsOf('Anna Maria Schmidt')).toBe('AS');
    expect(initialsOf('Özlem')).toBe('ÖZ');
    expect(initialsOf('jean-luc picard')).toBe('JP');
  });
});
