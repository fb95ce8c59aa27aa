import { describe, expect, it } from 'vitest';
import { ASPECT_INFO, ASPECTS, LEVEL_INFO, isAspect, isLevel } from './levels';
import { compareChecks, summarizeAll, summarizeRatings } from './ratings';
import { STAGE_INFO, STAGES, meanLevel, stageOf } from './stages';

describe('ratings', () => {
  it('nobody rated: no spread, no median', () => {
    expect(summarizeRatings([])).toMatchObject({ count: 0, spread: null, median: null });
  });
  it('spread and median of an odd and an even number of ratings', () => {
    expect(summarizeRatings([3, 1, 2])).toMatchObject({
      count: 3,
      min: 1,
      max: 3,
      spread: 2,
      median: 2,
      histogram: [0, 1, 1, 1, 0],
    });
    expect(summarizeRatings([4, 1])).toMatchObject({ spread: 3, median: 2.5 });
    expect(summarizeRatings([2, 2])).toMatchObject({ spread: 0, median: 2 });
  });
  it('summarises every aspect, rated or not', () => {
    const all = summarizeAll({ metrics: { ann: 1, bob: 3 } });
    expect(all.metrics.spread).toBe(2);
    expect(all.awareness.count).toBe(0);
  });
  it('compares with the previous check', () => {
    const changes = compareChecks({ metrics: 3, tools: 2 }, { metrics: 1, awareness: 2 });
    expect(changes.find((c) => c.aspect === 'metrics')).toMatchObject({
      previous: 1,
      current: 3,
      delta: 2,
    });
    expect(changes.find((c) => c.aspect === 'tools')?.delta).toBeNull();
    expect(changes.find((c) => c.aspect === 'awareness')).toMatchObject({
      previous: 2,
      current: null,
    });
    expect(changes).toHaveLength(9);
  });
});

describe('model and stages', () => {
  it('nine aspects with five described levels in both languages', () => {
    expect(ASPECTS).toHaveLength(9);
    for (const a of ASPECTS) {
      expect(ASPECT_INFO[a].levels).toHaveLength(5);
      for (const l of ASPECT_INFO[a].levels) expect(l.en && l.de && l.en !== l.de).toBeTruthy();
    }
    expect(LEVEL_INFO.map((l) => l.name.de)[4]).toBe('Ganzheitliches Journey Management');
    expect(isLevel(4) && !isLevel(5) && !isLevel('2')).toBe(true);
    expect(isAspect('metrics') && !isAspect('budget')).toBe(true);
  });
  it('the stage follows the mean of the agreed levels', () => {
    expect(stageOf({})).toBeNull();
    expect(stageOf({ metrics: 0, tools: 1 })).toBe('notAware');
    expect(stageOf({ metrics: 1, tools: 2 })).toBe('adopting');
    expect(stageOf({ metrics: 2 })).toBe('building');
    expect(stageOf({ metrics: 3, tools: 4 })).toBe('committed');
    expect(meanLevel({ metrics: 1, tools: 2 })).toBe(1.5);
    for (const s of STAGES) expect(STAGE_INFO[s].measures.length).toBe(3);
  });
});
