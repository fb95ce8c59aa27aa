/** Test helper: small maps built in a few lines, in English or German. */
import type { Action, Card, JourneyMap, LaneType } from '../types';

const LANES: [LaneType, string, string][] = [
  ['touchpoints', 'Touchpoints', 'Berührungspunkte'],
  ['emotions', 'Emotions', 'Emotionen'],
  ['painPoints', 'Pain points', 'Pain Points'],
  ['opportunities', 'Opportunities', 'Potenziale'],
  ['itSystems', 'IT systems', 'IT-Systeme'],
  ['kpis', 'KPIs', 'KPIs'],
];

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
    format: 'journeymap',
    formatVersion: 1,
    kind: 'map',
    id,
    title: `${de ? 'Karte' : 'Map'} ${id}`,
    language: lang,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    phases: [
      { id: 'p1', name: de ? 'Erste Informationen' : 'First information' },
      { id: 'p2', name: de ? 'Kauf' : 'Purchase' },
    ],
    lanes: LANES.map(([type, en, deName]) => ({ id: `l-${type}`, type, name: de ? deName : en })),
    cards: cards.map(({ lane, phase, ...c }) => ({
      ...c,
      laneId: `l-${lane}`,
      phaseId: `p${phase}`,
    })),
    ...extra,
  };
}
