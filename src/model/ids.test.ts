import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from './formatSchema';
import { newId } from './ids';

describe('newId', () => {
  it('is a valid format v1 id and url-safe', () => {
    const pattern = new RegExp(ID_PATTERN);
    for (let i = 0; i < 1000; i++) {
      const id = newId();
      expect(id).toMatch(pattern);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('does not repeat over many draws and uses the whole alphabet', () => {
    const ids = Array.from({ length: 20_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.join('')).size).toBe(64);
  });
});
