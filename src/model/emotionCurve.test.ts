import { describe, expect, it } from 'vitest';
import { emotionCurve } from './emotionCurve';
import { loadFixture } from './fixtures.testkit';
import { cellKey } from './snapshot';
import type { CardView, LaneView, MapSnapshot, PhaseView } from './snapshot';
import type { JourneyMap } from './types';
import { validateMap } from './validation';

function kfz(): JourneyMap {
  const result = validateMap(loadFixture('kfz-versicherung'));
  if (!result.ok) throw new Error('fixture invalid');
  return result.map;
}

/** A hand-built snapshot: order keys deliberately differ from the array order. */
function snapshot(): MapSnapshot {
  const phase = (id: string, order: string): PhaseView => ({ id, name: id, order, deleted: false });
  const lane = (id: string, type: LaneView['type']): LaneView => ({
    id,
    type,
    name: id,
    order: 'a',
    deleted: false,
  });
  const card = (id: string, laneId: string, phaseId: string, score?: number): CardView => ({
    id,
    laneId,
    phaseId,
    text: id,
    order: 'a',
    votes: undefined,
    votesBy: {},
    comments: [],
    deleted: false,
    ...(score === undefined ? {} : { score }),
  });
  const phases = [phase('p1', 'a'), phase('p2', 'b')];
  const lanes = [lane('e1', 'emotions'), lane('n', 'needs'), lane('e2', 'emotions')];
  const cells = new Map<string, CardView[]>([
    [cellKey('e1', 'p2'), [card('c3', 'e1', 'p2', -2), card('c4', 'e1', 'p2', 0)]],
    [cellKey('e1', 'p1'), [card('c1', 'e1', 'p1', 3)]],
    [cellKey('e2', 'p1'), [card('c2', 'e2', 'p1', 1), card('nos', 'e2', 'p1')]],
    [cellKey('n', 'p1'), [card('nd', 'n', 'p1')]],
  ]);
  return {
    meta: {
      format: 'journeymap',
      formatVersion: 1,
      kind: 'map',
      id: 'm',
      title: 'm',
      createdAt: '',
      updatedAt: '',
    },
    phases,
    lanes,
    deletedPhases: [],
    deletedLanes: [],
    deletedCards: [],
    actions: [],
    cards: new Map([...cells.values()].flat().map((c) => [c.id, c])),
    cells,
  };
}

describe('emotionCurve', () => {
  it('runs through the emotion cards of a map in phase order', () => {
    const points = emotionCurve(kfz());
    expect(points.map((p) => p.cardId)).toEqual([
      'em1',
      'em2',
      'em3',
      'em4',
      'em5',
      'em6',
      'em7',
      'em8',
    ]);
    expect(points.map((p) => p.phaseIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 8]);
    expect(points.every((p) => Number.isInteger(p.score) && p.score >= -3 && p.score <= 3)).toBe(
      true,
    );
  });

  it('orders by phase, then lane, then cell order, even when the map lists cards otherwise', () => {
    const map = kfz();
    const shuffled = { ...map, cards: [...map.cards].reverse() };
    expect(emotionCurve(shuffled).map((p) => p.cardId)).toEqual(
      emotionCurve(map).map((p) => p.cardId),
    );
  });

  it('reads a snapshot: phase order, lane order, cell order; skips cards without a score', () => {
    const points = emotionCurve(snapshot());
    expect(points.map((p) => [p.cardId, p.phaseIndex, p.score])).toEqual([
      ['c1', 0, 3],
      ['c2', 0, 1],
      ['c3', 1, -2],
      ['c4', 1, 0],
    ]);
  });
});
