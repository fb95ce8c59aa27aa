import { describe, expect, it } from 'vitest';
import { ASPECTS, ASPECT_INFO, LEVEL_INFO, isAspect, isLevel } from './levels';

describe('the maturity model data', () => {
  it('has five levels and five texts per aspect, each in English and German', () => {
    expect(LEVEL_INFO.map((l) => l.level)).toEqual([0, 1, 2, 3, 4]);
    expect(LEVEL_INFO[4]?.name.de).toBe('Ganzheitliches Journey Management');
    for (const aspect of ASPECTS) {
      const info = ASPECT_INFO[aspect];
      expect(info.aspect).toBe(aspect);
      expect(info.levels).toHaveLength(5);
      for (const text of [info.name, ...info.levels, ...LEVEL_INFO.map((l) => l.summary)])
        expect(text.en && text.de, `${aspect}: ${JSON.stringify(text)}`).toBeTruthy();
    }
  });

  it('guards levels and aspect ids exactly', () => {
    expect([0, 4, 5, '1', null].map(isLevel)).toEqual([true, true, false, false, false]);
    expect(['metrics', 'Metrics', 3].map((v) => isAspect(v))).toEqual([true, false, false]);
  });
});
