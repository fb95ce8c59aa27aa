import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS } from './formats';
import { MENU_KINDS } from './kinds';

describe('export menu entries', () => {
  it('are the exporter registry’s, in its order', () => {
    expect(MENU_KINDS).toEqual(EXPORT_KINDS);
  });
});
