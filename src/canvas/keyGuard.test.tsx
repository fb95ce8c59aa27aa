import { describe, expect, it } from 'vitest';
import { createUiStore } from '../session/uiStore';
import { keyBelongsToTyping, noteEditorVanished } from './keyGuard';

const key = (k: string) => new KeyboardEvent('keydown', { key: k, bubbles: true });

describe('key guard per map session', () => {
  it("a vanished editor holds back its own session's shortcuts until the user points", () => {
    const a = createUiStore();
    const b = createUiStore();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(keyBelongsToTyping(a, key('n'))).toBe(false);
    noteEditorVanished(a);
    expect(keyBelongsToTyping(a, key('n'))).toBe(true);
    // another map's board in the page is not held back
    expect(keyBelongsToTyping(b, key('n'))).toBe(false);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(keyBelongsToTyping(a, key('n'))).toBe(false);
    expect(a.getState().interaction.stopWatching).toBeNull();
  });
});
