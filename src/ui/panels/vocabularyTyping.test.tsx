// Typing in a card changes the snapshot's cards on every keystroke; the pickers'
// suggestions (a loop over every card, sorted lists) must not be rebuilt for it:
// useVocabulary answers with the same object while the map's own names stay the same.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setCardText, updateCard } from '../../doc';
import type { Vocabulary } from '../../model/insights';
import type { JourneyMap } from '../../model/types';
import { renderWithSession, sampleMap } from '../../session/testing';
import { useVocabulary } from './useVocabulary';

function withItSystem(): JourneyMap {
  const map = sampleMap();
  return {
    ...map,
    lanes: [...map.lanes, { id: 'ln-it', type: 'itSystems', name: 'IT systems' }],
    cards: [...map.cards, { id: 'it9', laneId: 'ln-it', phaseId: 'ph1', text: 'Billing' }],
  };
}

function renderProbe() {
  const seen: Vocabulary[] = [];
  function Probe() {
    seen.push(useVocabulary());
    return null;
  }
  const { session } = renderWithSession(<Probe />, { map: withItSystem() });
  return { session, seen, last: () => seen[seen.length - 1]! };
}

describe('useVocabulary while someone types', () => {
  it('keeps the same suggestions object when a keystroke changes no name', () => {
    const { session, seen, last } = renderProbe();
    const before = last();
    const renders = seen.length;
    act(() => setCardText(session.doc, 'p1', 'Email verification is slow!'));
    act(() => setCardText(session.doc, 't1', 'Landing page, typed'));
    // the probe rendered again (its cards changed), the vocabulary did not
    expect(seen.length).toBeGreaterThan(renders);
    expect(last()).toBe(before);
  });

  it('answers anew when a name appears: a tag, an owner team, an IT system renamed', () => {
    const { session, last } = renderProbe();
    const before = last();
    act(() => updateCard(session.doc, 'p1', { tags: ['Privatkunden'] }));
    expect(last()).not.toBe(before);
    expect(last().tags).toContain('Privatkunden');
    act(() => updateCard(session.doc, 't2', { ownerTeam: 'Billing team' }));
    expect(last().ownerTeams).toContain('Billing team');
    act(() => setCardText(session.doc, 'it9', 'Billing v2\nthe new one'));
    expect(last().itSystems).toContain('Billing v2');
    expect(last().itSystems).not.toContain('Billing');
  });
});
