import { describe, expect, it } from 'vitest';
import { boxInView } from './camera';
import { viewAfterShrink } from './keepInView';

// a card near the right edge of a 1,200 px wide pane, below the headers
const card = { x: 1400, y: 400, width: 220, height: 120 };
const wide = { x: -500, y: 0, zoom: 1, width: 1200, height: 800 };
// the card inspector opened beside the board: the pane is 360 px narrower
const narrow = { ...wide, width: 840 };

describe('keeping the selected card in view when the pane shrinks', () => {
  it('pans the least it can to show a card the narrower pane would hide', () => {
    expect(boxInView(card, wide)).toBe(true);
    expect(boxInView(card, narrow)).toBe(false);
    const next = viewAfterShrink(card, wide, narrow);
    expect(next).not.toBeNull();
    expect(boxInView(card, next!)).toBe(true);
    // sideways only, to the card's right edge plus the margin, at the same zoom
    expect(next!.y).toBe(wide.y);
    expect(next!.zoom).toBe(1);
    expect(next!.width).toBe(840);
    expect(card.x + card.width + next!.x).toBe(840 - 24);
  });

  it('stays when the card is still in view, or the pane grew', () => {
    const left = { ...card, x: 700 };
    expect(viewAfterShrink(left, wide, narrow)).toBeNull();
    expect(viewAfterShrink(card, narrow, wide)).toBeNull();
  });

  it('leaves a card that was already cut off where the user left it', () => {
    const cut = { ...card, x: 1650 };
    expect(boxInView(cut, wide)).toBe(false);
    expect(viewAfterShrink(cut, wide, narrow)).toBeNull();
  });

  it('does nothing while the zoom changes with the size', () => {
    expect(viewAfterShrink(card, wide, { ...narrow, zoom: 0.8 })).toBeNull();
  });
});
