import { describe, expect, it } from 'vitest';
import { cellKey } from '../model/snapshot';
import type { LaneType } from '../model/types';
import { layoutBoard, relayoutBoard, type LayoutCard, type LayoutInput } from './boardGeometry';

const phases = [{ id: 'p1' }, { id: 'p2' }];
const lanes: { id: string; type: LaneType }[] = [
  { id: 'touch', type: 'touchpoints' },
  { id: 'emo', type: 'emotions' },
];
/** Height from the text length, as a stand-in for measured wrapping. */
const cardHeight = (card: LayoutCard) => 40 + Math.floor(card.text.length / 10) * 18;

function input(cells: Map<string, readonly LayoutCard[]>): LayoutInput {
  return { phases, lanes, cells, cardHeight };
}

/** The cells map after replacing one cell, as the snapshot does for an edit. */
function withCell(cells: Map<string, readonly LayoutCard[]>, key: string, cards: LayoutCard[]) {
  return new Map(cells).set(key, cards);
}

const touch = cellKey('touch', 'p1');
const emo = cellKey('emo', 'p2');
const start = new Map<string, readonly LayoutCard[]>([
  [
    touch,
    [
      { id: 'a', text: 'short' },
      { id: 'b', text: 'also short' },
    ],
  ],
  [emo, [{ id: 'e', text: 'feels', score: 1 }]],
]);

describe('relayoutBoard', () => {
  it('keeps the layout object when an edit leaves every height as it was', () => {
    const before = input(start);
    const layout = layoutBoard(before);
    const after = input(
      withCell(start, touch, [{ id: 'a', text: 'shorT' }, start.get(touch)![1]!]),
    );
    expect(relayoutBoard(before, layout, after)).toBe(layout);
    // an emotion card's text is its label: the curve stays
    const labelled = input(withCell(start, emo, [{ id: 'e', text: 'happier', score: 1 }]));
    expect(relayoutBoard(before, layout, labelled)).toBe(layout);
  });

  it('lays out again when a card grows, moves, comes or goes, or a score changes', () => {
    const before = input(start);
    const layout = layoutBoard(before);
    const [a, b] = start.get(touch)!;
    const cases: Map<string, readonly LayoutCard[]>[] = [
      withCell(start, touch, [{ id: 'a', text: 'a much longer text that wraps' }, b!]),
      withCell(start, touch, [b!, a!]),
      withCell(start, touch, [a!]),
      withCell(start, touch, [a!, b!, { id: 'c', text: 'new' }]),
      withCell(start, emo, [{ id: 'e', text: 'feels', score: -2 }]),
    ];
    for (const cells of cases) {
      const next = relayoutBoard(before, layout, input(cells));
      expect(next).not.toBe(layout);
      expect(next).toEqual(layoutBoard(input(cells)));
    }
    const morePhases = { ...input(start), phases: [...phases, { id: 'p3' }] };
    expect(relayoutBoard(before, layout, morePhases)).toEqual(layoutBoard(morePhases));
  });
});
