/**
 * Only the part of a big board in view is rendered, from the very first render:
 * nodes come with their sizes and link handles, so React Flow need not mount
 * every node once to measure it (thousands of mounts on a big map).
 */
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { renderBoard } from './testing';

/** The standard template with a card in every cell of the needs lane. */
function mapWithCards(): JourneyMap {
  const map = standardTemplate('en', { title: 'Visible', id: 'visible-test' });
  const lane = map.lanes.find((l) => l.type === 'needs')!;
  const cards = map.phases.map((p, i) => ({
    id: `card-${i}`,
    laneId: lane.id,
    phaseId: p.id,
    text: `Need ${i}`,
  }));
  return { ...map, cards: [...map.cards, ...cards] };
}

const renderedCards = () =>
  [...document.querySelectorAll<HTMLElement>('.react-flow__node [data-card-id]')].map(
    (el) => el.dataset.cardId,
  );

describe('board: rendering what is in view', () => {
  it('mounts only the cards in view in the first render, before anything was measured', async () => {
    const map = mapWithCards();
    const last = `card-${map.phases.length - 1}`;
    // a small pane: the board opens top left at a readable zoom, its right part out of view
    renderBoard({ map, pane: { width: 640, height: 420 } });
    // checked synchronously, before React Flow's measuring (a resize observer) reported
    const first = renderedCards();
    expect(first).toContain('card-0');
    expect(first).not.toContain(last);
    // and once measured, still only what is in view
    await waitFor(() => expect(renderedCards()).toContain('card-0'));
    expect(renderedCards()).not.toContain(last);
  });
});
