import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { edgesOfSelection } from './deriveEdges';

const edge = (source: string, target: string): Edge => ({
  id: `link:${source}:${target}`,
  source,
  target,
});

describe('links drawn for the selected cards only', () => {
  const edges = [edge('a', 'b'), edge('c', 'point:d'), edge('e', 'f')];

  it('draws none without a selection, so no link crosses the whole map', () => {
    expect(edgesOfSelection(edges, [])).toEqual([]);
  });

  it("draws a selected card's links, both ways, emotion points included", () => {
    expect(edgesOfSelection(edges, ['b']).map((e) => e.id)).toEqual(['link:a:b']);
    expect(edgesOfSelection(edges, ['d', 'e']).map((e) => e.id)).toEqual([
      'link:c:point:d',
      'link:e:f',
    ]);
  });

  it('keeps the same empty list while nothing selected has links', () => {
    expect(edgesOfSelection(edges, ['x'])).toBe(edgesOfSelection(edges, ['y']));
  });
});
