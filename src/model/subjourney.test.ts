// A subjourney's phases are the steps of one phase, with copies of its cards.
import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures.testkit';
import { cardSource, deriveSubjourney } from './subjourney';
import { validateMap } from './validation';
import type { JourneyMap } from './types';

const kfz = (): JourneyMap => loadFixture('kfz-versicherung') as unknown as JourneyMap;

describe('deriveSubjourney', () => {
  it("makes the phase's touchpoints the steps and copies its cards, linked back", () => {
    const parent = kfz();
    const phase = parent.phases.find((p) =>
      parent.cards.some(
        (c) =>
          c.phaseId === p.id && parent.lanes.find((l) => l.id === c.laneId)?.type === 'touchpoints',
      ),
    )!;
    const sub = deriveSubjourney(parent, phase.id, { id: 'sub1' });
    expect(validateMap(sub).ok).toBe(true);
    expect(sub.parent).toEqual({ mapId: parent.id, phaseId: phase.id });
    expect(sub.title).toBe(phase.name);
    const touchLanes = new Set(
      parent.lanes.filter((l) => l.type === 'touchpoints').map((l) => l.id),
    );
    const originals = parent.cards.filter((c) => c.phaseId === phase.id);
    const touch = originals.filter((c) => touchLanes.has(c.laneId));
    expect(sub.phases).toHaveLength(touch.length);
    expect(sub.phases.length).toBeLessThan(parent.phases.length);
    expect(sub.cards).toHaveLength(originals.length);
    for (const original of originals) {
      const copy = sub.cards.find(
        (c) => (c['x-source'] as { cardId: string }).cardId === original.id,
      )!;
      expect(copy.text).toBe(original.text);
      expect(copy.laneId).toBe(original.laneId);
      expect(copy.id).not.toBe(original.id);
      expect(copy['x-source']).toEqual({ mapId: parent.id, cardId: original.id });
    }
    // each touchpoint sits in its own step
    for (const [i, t] of touch.entries()) {
      const copy = sub.cards.find((c) => (c['x-source'] as { cardId: string }).cardId === t.id)!;
      expect(copy.phaseId).toBe(sub.phases[i]!.id);
    }
  });

  it('offers three empty steps for a phase without touchpoints, in the map language', () => {
    const parent = { ...kfz(), language: 'de' };
    const noTouch = {
      ...parent,
      cards: parent.cards.filter(
        (c) => parent.lanes.find((l) => l.id === c.laneId)?.type !== 'touchpoints',
      ),
    };
    const sub = deriveSubjourney(noTouch, noTouch.phases[0]!.id);
    expect(sub.phases.map((p) => p.name)).toEqual(['Schritt 1', 'Schritt 2', 'Schritt 3']);
    expect(validateMap(sub).ok).toBe(true);
    expect(() => deriveSubjourney(parent, 'nope')).toThrow(/no phase/);
  });
});

describe('cardSource', () => {
  it("reads a copy's original and ignores anything that is not one", () => {
    const sub = deriveSubjourney(kfz(), 'ph5');
    expect(cardSource(sub.cards[0]!)).toEqual({ mapId: kfz().id, cardId: 'tp6' });
    expect(cardSource(kfz().cards[0]!)).toBeNull();
    expect(cardSource({ 'x-source': 'tp6' })).toBeNull();
    expect(cardSource({ 'x-source': { mapId: 'm' } })).toBeNull();
    expect(cardSource({ 'x-source': null })).toBeNull();
  });
});
