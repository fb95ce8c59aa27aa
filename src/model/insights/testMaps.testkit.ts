/** Test helper: small maps built in a few lines, in English or German. */
import { lanesOf, mapHead } from '../mapParts.testkit';
import type { Action, Card, JourneyMap, LaneType } from '../types';

const LANE_TYPES: readonly LaneType[] = [
  'touchpoints',
  'emotions',
  'painPoints',
  'opportunities',
  'itSystems',
  'kpis',
];
const LANE_IDS = Object.fromEntries(LANE_TYPES.map((type) => [type, `l-${type}`]));

export type CardSpec = Omit<Card, 'laneId' | 'phaseId'> & { lane: LaneType; phase: 1 | 2 };

/** A map with two phases and one lane per type above; `lane`/`phase` name the cell. */
export function testMap(
  id: string,
  lang: 'en' | 'de',
  cards: CardSpec[],
  extra: Partial<JourneyMap> & { actions?: Action[] } = {},
): JourneyMap {
  const de = lang === 'de';
  return {
    ...mapHead(id, `${de ? 'Karte' : 'Map'} ${id}`, '2026-01-01T00:00:00Z'),
    language: lang,
    phases: [
      { id: 'p1', name: de ? 'Erste Informationen' : 'First information' },
      { id: 'p2', name: de ? 'Kauf' : 'Purchase' },
    ],
    lanes: lanesOf(LANE_IDS, lang),
    cards: cards.map(({ lane, phase, ...c }) => ({
      ...c,
      laneId: `l-${lane}`,
      phaseId: `p${phase}`,
    })),
    ...extra,
  };
}

/** Cards of one cell, one line each: `at('touchpoints', 1)('t', 'Hotline', { channel: 'phone' })`. */
export function at(lane: LaneType, phase: 1 | 2) {
  return (id: string, text: string, fields: Partial<CardSpec> = {}): CardSpec => ({
    id,
    lane,
    phase,
    text,
    ...fields,
  });
}
