/**
 * Test data: one valid map that uses every optional field of format v1, edge
 * values (empty strings and lists, limits, zero votes, equal measurement dates,
 * self and repeated links, odd `x-resolved` values) and `x-` extensions on every
 * object. A round trip must give it back exactly.
 */
import { lanesOf } from '../../model/mapParts.testkit';
import type { JourneyMap } from '../../model/types';

const AT = '2026-11-22T10:15:00Z';
/** lanes named by their type's initial: `E`, `P`, … */
const initial = (type: string) => type.charAt(0).toUpperCase();

/** A fresh copy of the "everything" map. */
export function everyFieldMap(): JourneyMap {
  return {
    format: 'journeymap',
    formatVersion: 1,
    kind: 'map',
    id: 'every-field',
    title: 'T'.repeat(200),
    description: '',
    language: 'x-klingon',
    state: 'future',
    cxGoal: 'Fewer calls\nand more 😀',
    scenario: 'S',
    persona: {
      name: 'Pat',
      description: '',
      goals: [],
      priorKnowledge: 'none',
      'x-avatar': { url: 'p.png', size: [64, 64] },
    },
    owner: '',
    tags: [],
    variant: { of: 'other-map', label: 'EU', 'x-market': 'eu' },
    parent: { mapId: 'parent-map', phaseId: 'ph-9', 'x-depth': 2 },
    createdAt: '2024-02-29T23:59:60+14:00',
    updatedAt: AT,
    'x-null': null,
    'x-nested': { a: [1, 'two', { three: false }], b: -0.5, c: 1e21 },
    phases: [
      { id: 'p1', name: 'One', description: '', 'x-color': '#fff' },
      { id: 'p2', name: 'Two' },
    ],
    lanes: [
      { id: 'tp', type: 'touchpoints', name: 'TP', 'x-l': [] },
      ...lanesOf({ emotions: 'emo', painPoints: 'pain', opportunities: 'opp' }, initial),
      ...lanesOf({ kpis: 'kpi', notes: 'notes' }, initial),
    ],
    cards: [
      {
        id: 'c1',
        laneId: 'tp',
        phaseId: 'p1',
        text: '',
        tags: [],
        color: '#A0b0C0',
        votes: 0,
        links: [],
        comments: [],
        channel: 'other',
        ownerTeam: '',
        'x-card': { deep: { deeper: [null] } },
      },
      {
        id: 'c2',
        laneId: 'tp',
        phaseId: 'p1',
        text: 'line 1\nline 2',
        links: ['c2', 'c1', 'c1', 'e1', 'c1'],
        comments: [
          { author: '', text: '', at: AT },
          { author: 'a', text: 'same', at: AT, 'x-resolved': true },
          { author: 'a', text: 'same', at: AT, 'x-resolved': true },
          { author: 'b', text: 'open', at: AT, 'x-resolved': false },
          { author: 'c', text: 'when', at: AT, 'x-resolved': '2026-11-23', 'x-by': 'c' },
          { author: 'd', text: 'odd', at: '2026-11-22t10:15:00.123456z', 'x-resolved': null },
        ],
      },
      { id: 'e1', laneId: 'emo', phaseId: 'p1', text: 'low', score: -3, 'x-e': 0 },
      { id: 'e2', laneId: 'emo', phaseId: 'p2', text: 'high', score: 3 },
      { id: 's1', laneId: 'pain', phaseId: 'p2', text: 'pain', severity: 5 },
      { id: 'o1', laneId: 'opp', phaseId: 'p2', text: 'idea', impact: 1, effort: 5 },
      {
        id: 'k1',
        laneId: 'kpi',
        phaseId: 'p1',
        text: 'NPS',
        votes: 12,
        kpi: {
          unit: '',
          direction: 'lowerIsBetter',
          baseline: { value: -1.5, date: '2024-02-29', 'x-source': 'survey' },
          target: { value: 0, 'x-stretch': true },
          measurements: [
            { value: 3, date: '2026-01-01', 'x-n': 1 },
            { value: 1, date: '2026-01-01' },
            { value: 2, date: '2026-01-01' },
            { value: 1e-7, date: '2026-12-31' },
          ],
          'x-kpi': 'k',
        },
      },
      {
        id: 'k2',
        laneId: 'kpi',
        phaseId: 'p2',
        text: 'CSAT',
        kpi: {
          direction: 'higherIsBetter',
          target: { value: 9, date: '2027-01-01' },
          measurements: [],
        },
      },
      {
        id: 'k3',
        laneId: 'kpi',
        phaseId: 'p2',
        text: 'Bare',
        kpi: { direction: 'higherIsBetter' },
      },
      { id: 'n1', laneId: 'notes', phaseId: 'p2', text: 'x'.repeat(10_000), tags: ['a', 'a'] },
    ],
    actions: [
      {
        id: 'a1',
        title: 'Fix',
        status: 'doing',
        ownerTeam: '',
        due: '2028-02-29',
        cardIds: ['s1', 's1', 'o1'],
        'x-jira': 'CX-1',
      },
      { id: 'a2', title: 'Empty', status: 'done', cardIds: [] },
    ],
  };
}

/** The same map with `"actions": []`, which must survive too. */
export function noActionsMap(): JourneyMap {
  return { ...everyFieldMap(), id: 'no-actions', actions: [] };
}
