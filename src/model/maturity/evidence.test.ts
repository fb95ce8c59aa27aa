import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../types';
import { loadFixture } from '../fixtures.testkit';
import { testMap } from '../insights/testMaps.testkit';
import {
  computeEvidence,
  daysBefore,
  FIGURES,
  FIGURES_BY_ASPECT,
  followsStandardTemplate,
} from './evidence';
import { ASPECTS } from './levels';

const fixture = (name: string) => loadFixture(name) as unknown as JourneyMap;
const kfz = fixture('kfz-versicherung');
const saas = fixture('saas-onboarding');
const TODAY = '2026-12-06';

describe('evidence from the repository', () => {
  it('an empty repository: every figure is zero and names no map', () => {
    const e = computeEvidence([], TODAY);
    for (const id of FIGURES) {
      expect(e[id].value).toBe(0);
      expect(e[id].mapIds).toEqual([]);
    }
    expect(e.withOwner.total).toBe(0);
    expect(e.maps.total).toBeNull();
  });

  it('one map (the German car-insurance fixture)', () => {
    const e = computeEvidence([kfz], TODAY);
    expect(e.maps).toMatchObject({ value: 1, mapIds: [kfz.id] });
    // the map owner plus six touchpoint/action owner teams
    expect(e.departments.value).toBe(7);
    expect(e.withOwner).toMatchObject({ value: 1, total: 1, mapIds: [kfz.id] });
    expect(e.withPersona.value).toBe(1);
    expect(e.kpisWithBaseline.value).toBe(1);
    // measured on 2026-10-31: within 90 days of 2026-12-06
    expect(e.recentMeasurements.value).toBe(1);
    expect(e.recentlyChanged.value).toBe(1);
    expect(e.standardTemplate).toMatchObject({ value: 1, mapIds: [kfz.id] });
    expect(e.actionsDone.value).toBe(0);
    expect(e.actionsOpen).toMatchObject({ value: 2, total: 2, mapIds: [kfz.id] });
    expect(e.actionsOverdue.value).toBe(0);
  });

  it('measurements and changes older than 90 days do not count; a past due date is overdue', () => {
    const e = computeEvidence([kfz], '2027-03-10');
    expect(e.recentMeasurements.value).toBe(0);
    expect(e.recentlyChanged.value).toBe(0);
    expect(e.actionsOverdue).toMatchObject({ value: 1, total: 2, mapIds: [kfz.id] });
    expect(e.actionsOpen.value).toBe(1);
  });

  it('maps without owners or KPIs: the shares name only the maps that have them', () => {
    const bare = testMap('bare', 'en', [{ id: 'c1', lane: 'touchpoints', phase: 1, text: 'Ad' }]);
    const done = testMap('done', 'de', [], {
      actions: [{ id: 'a1', title: 'Fix', status: 'done', cardIds: [] }],
    });
    const e = computeEvidence([bare, done, saas, kfz], TODAY);
    expect(e.maps.value).toBe(4);
    expect(e.withOwner).toMatchObject({ value: 1, total: 4, mapIds: [kfz.id] });
    expect(e.withPersona.mapIds).toEqual([saas.id, kfz.id]);
    expect(e.kpisWithBaseline.mapIds).toEqual([saas.id, kfz.id]);
    expect(e.recentMeasurements.mapIds).toEqual([kfz.id]);
    expect(e.standardTemplate.mapIds).toEqual([kfz.id]);
    expect(e.actionsDone).toMatchObject({ value: 1, total: 3, mapIds: ['done'] });
    expect(e.departments.mapIds).toEqual([saas.id, kfz.id]);
  });

  it('templates are not maps', () => {
    const template = { ...kfz, kind: 'template' as const, id: 'tpl' };
    expect(computeEvidence([template], TODAY).maps.value).toBe(0);
  });

  it('departments written differently count once', () => {
    const a = testMap('a', 'de', [], {
      owner: 'Kunden-Service',
      actions: [{ id: 'x', title: 'x', status: 'open', ownerTeam: 'kundenservice', cardIds: [] }],
    });
    expect(computeEvidence([a], TODAY).departments.value).toBe(1);
  });

  it('recognises the standard phases in English and German only when complete', () => {
    expect(followsStandardTemplate(kfz)).toBe(true);
    expect(followsStandardTemplate(saas)).toBe(false);
    expect(followsStandardTemplate({ ...kfz, phases: kfz.phases.slice(1) })).toBe(false);
  });

  it('every aspect has figures beside it; dates count back across months', () => {
    for (const a of ASPECTS) expect(FIGURES_BY_ASPECT[a].length).toBeGreaterThan(0);
    expect(daysBefore('2026-12-06', 90)).toBe('2026-09-07');
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});
