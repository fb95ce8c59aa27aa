import { describe, expect, it } from 'vitest';
import {
  cardHeightFor,
  CARD_BOX,
  createCardHeights,
  DETAIL_HEIGHTS,
  wrapLines,
} from './textMeasure';

// a monospace "font": every character is 1 px wide
const mono = (s: string) => s.length;

describe('wrapLines', () => {
  it('wraps words greedily like pre-wrap text', () => {
    expect(wrapLines('hello world', 11, mono)).toBe(1);
    expect(wrapLines('hello world', 10, mono)).toBe(2);
    expect(wrapLines('aa bb cc dd', 5, mono)).toBe(2);
  });

  it('keeps line breaks and empty lines', () => {
    expect(wrapLines('a\n\nb', 10, mono)).toBe(3);
    expect(wrapLines('', 10, mono)).toBe(1);
  });

  it('breaks a word longer than the line anywhere', () => {
    expect(wrapLines('x'.repeat(25), 10, mono)).toBe(3);
    expect(wrapLines('ab ' + 'x'.repeat(12), 10, mono)).toBe(3);
  });
});

describe('card heights', () => {
  it('adds the typed details a card shows', () => {
    const base = cardHeightFor({ text: 'x' }, 'notes', 1);
    expect(base).toBe(2 * CARD_BOX.paddingY + 2 * CARD_BOX.border + CARD_BOX.lineHeight);
    expect(cardHeightFor({ text: 'x', ownerTeam: 'Ops' }, 'touchpoints', 1)).toBe(
      base + DETAIL_HEIGHTS.meta,
    );
    expect(cardHeightFor({ text: 'x', kpi: {} }, 'kpis', 1)).toBe(base + DETAIL_HEIGHTS.kpi);
    expect(cardHeightFor({ text: 'x', tags: ['a'] }, 'notes', 3)).toBe(
      base + 2 * CARD_BOX.lineHeight + DETAIL_HEIGHTS.footer,
    );
  });

  it('caches per card object and falls back to an estimate without a canvas', () => {
    const heights = createCardHeights('sans-serif');
    const card = { text: 'a fairly long text that will need more than one line on a card' };
    const first = heights(card, 'notes');
    expect(heights(card, 'notes')).toBe(first);
    expect(heights({ text: 'short' }, 'notes')).toBeLessThan(first);
  });
});
