/** The emotion curve: one point per emotion card, in phase order, then card order. */
import { cellKey } from './snapshot';
import type { MapSnapshot } from './snapshot';
import type { Id, JourneyMap } from './types';

export interface EmotionPoint {
  readonly cardId: Id;
  readonly laneId: Id;
  readonly phaseId: Id;
  /** index of the phase among the live phases (the x position of the point) */
  readonly phaseIndex: number;
  /** -3 … +3 */
  readonly score: number;
  readonly text: string;
}

function fromSnapshot(s: MapSnapshot): EmotionPoint[] {
  const lanes = s.lanes.filter((l) => l.type === 'emotions');
  const points: EmotionPoint[] = [];
  s.phases.forEach((phase, phaseIndex) => {
    for (const lane of lanes) {
      for (const card of s.cells.get(cellKey(lane.id, phase.id)) ?? []) {
        if (card.score === undefined) continue;
        points.push({
          cardId: card.id,
          laneId: lane.id,
          phaseId: phase.id,
          phaseIndex,
          score: card.score,
          text: card.text,
        });
      }
    }
  });
  return points;
}

function fromMap(map: JourneyMap): EmotionPoint[] {
  const emotionLanes = new Set(map.lanes.filter((l) => l.type === 'emotions').map((l) => l.id));
  const laneRank = new Map(map.lanes.map((l, i) => [l.id, i]));
  const points: EmotionPoint[] = [];
  map.phases.forEach((phase, phaseIndex) => {
    const cards = map.cards.filter((c) => c.phaseId === phase.id && emotionLanes.has(c.laneId));
    // lane order first, then array order (the stable sort keeps it) as the snapshot does
    cards.sort((a, b) => (laneRank.get(a.laneId) ?? 0) - (laneRank.get(b.laneId) ?? 0));
    for (const card of cards) {
      if (card.score === undefined) continue;
      points.push({
        cardId: card.id,
        laneId: card.laneId,
        phaseId: phase.id,
        phaseIndex,
        score: card.score,
        text: card.text,
      });
    }
  });
  return points;
}

/**
 * Points of the emotion curve of a snapshot (live phases, lanes, cards) or a
 * format v1 map: phases left to right; within a phase, emotion lanes top to
 * bottom and cards in cell order. Cards without a score are skipped.
 */
export function emotionCurve(source: MapSnapshot | JourneyMap): EmotionPoint[] {
  return 'meta' in source ? fromSnapshot(source) : fromMap(source);
}
