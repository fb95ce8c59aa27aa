import { describe, expect, it } from 'vitest';
import { isApple, keyLabel } from './keys';

describe('keyLabel', () => {
  it('writes ⌘ ⌥ ⇧ on Apple devices', () => {
    expect(keyLabel('Ctrl+Shift+Z / Ctrl+Y', 'en', true)).toBe('⌘⇧Z / ⌘Y');
    expect(keyLabel('Alt+← → ↑ ↓', 'de', true)).toBe('⌥← → ↑ ↓');
  });

  it('writes Ctrl elsewhere, Strg and Entf in German', () => {
    expect(keyLabel('Ctrl+D', 'en', false)).toBe('Ctrl+D');
    expect(keyLabel('Ctrl+Enter / Esc', 'de', false)).toBe('Strg+Enter / Esc');
    expect(keyLabel('Delete', 'de', false)).toBe('Entf');
  });

  it('tells Apple devices by their platform', () => {
    expect(isApple({ platform: 'MacIntel' })).toBe(true);
    expect(isApple({ platform: '', userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0)' })).toBe(true);
    expect(isApple({ platform: 'Win32' })).toBe(false);
    expect(isApple({ platform: 'Linux x86_64' })).toBe(false);
  });
});
