/**
 * Test helpers: the sample maps (the repository's copies of the shared fixtures,
 * src/model/fixtures; model/fixtures.test.ts keeps them equal to ../shared when
 * that folder is there) and a small map for unit tests.
 */
import { readFileSync } from 'node:fs';
import { lanesOf, mapHead, phasesOf } from '../../model/mapParts.testkit';
import type { JourneyMap } from '../../model/types';

const DIR = new URL('../../model/fixtures/', import.meta.url);

/** A fixture map by file name (e.g. `kfz-versicherung.journey.json`). */
export function loadFixture(name: string): JourneyMap {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as JourneyMap;
}

export const FIXTURES = ['kfz-versicherung.journey.json', 'saas-onboarding.journey.json'] as const;

/** A small valid map for unit tests. */
export function smallMap(): JourneyMap {
  return {
    ...mapHead('small', 'Small', '2026-11-01T10:00:00Z'),
    phases: phasesOf({ p1: 'One', p2: 'Two' }),
    lanes: lanesOf({
      touchpoints: 'touch',
      emotions: 'emo',
      kpis: 'kpi',
      painPoints: 'pain',
      notes: 'notes',
    }),
    cards: [
      { id: 'c1', laneId: 'touch', phaseId: 'p1', text: 'first', channel: 'web' },
      { id: 'c2', laneId: 'touch', phaseId: 'p1', text: 'second' },
      { id: 'e1', laneId: 'emo', phaseId: 'p1', text: 'happy', score: 2 },
      {
        id: 'k1',
        laneId: 'kpi',
        phaseId: 'p2',
        text: 'NPS',
        kpi: { direction: 'higherIsBetter', unit: 'NPS' },
      },
    ],
  };
}
