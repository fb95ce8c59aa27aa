import { describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures.testkit';
import { testKpi } from '../kpi.testkit';
import type { JourneyMap } from '../types';
import { validateMap } from '../validation';
import {
  actionRows,
  kpiRows,
  opportunityRows,
  painPointRows,
  reportRows,
  touchpointRows,
} from './rows';
import { at, testMap } from './testMaps.testkit';
import { REPORT_KINDS } from './types';

const en = testMap(
  'en1',
  'en',
  [
    {
      id: 't1',
      lane: 'touchpoints',
      phase: 1,
      text: 'Landing page',
      channel: 'web',
      ownerTeam: 'Growth',
      links: ['s1'],
    },
    {
      id: 't2',
      lane: 'touchpoints',
      phase: 2,
      text: 'Checkout',
      channel: 'web',
      ownerTeam: 'Payments',
    },
    { id: 'e1', lane: 'emotions', phase: 1, text: 'curious', score: 2 },
    { id: 'e2', lane: 'emotions', phase: 1, text: 'unsure', score: -1 },
    {
      id: 'pp1',
      lane: 'painPoints',
      phase: 1,
      text: 'Too much text',
      severity: 3,
      votes: 5,
      links: ['t1'],
    },
    {
      id: 'pp2',
      lane: 'painPoints',
      phase: 2,
      text: 'Card declined',
      severity: 5,
      votes: 1,
      links: ['t2', 't1'],
    },
    { id: 'pp3', lane: 'painPoints', phase: 2, text: 'Slow', severity: 3, votes: 9 },
    { id: 'pp4', lane: 'painPoints', phase: 2, text: 'no severity yet' },
    {
      id: 'o1',
      lane: 'opportunities',
      phase: 1,
      text: 'Shorter copy',
      impact: 3,
      effort: 1,
      links: ['pp1'],
    },
    { id: 'o2', lane: 'opportunities', phase: 2, text: 'Retry payment', impact: 5, effort: 4 },
    { id: 'o3', lane: 'opportunities', phase: 2, text: 'Express checkout', impact: 5, effort: 2 },
    { id: 's1', lane: 'itSystems', phase: 1, text: 'CMS' },
  ],
  {
    actions: [
      { id: 'a1', title: 'Rewrite', status: 'done', due: '2026-01-01', cardIds: ['pp1'] },
      {
        id: 'a2',
        title: 'Retry flow',
        status: 'open',
        ownerTeam: 'Payments',
        due: '2026-06-01',
        cardIds: ['pp2', 'o2'],
      },
      { id: 'a3', title: 'Profile', status: 'doing', cardIds: [] },
      { id: 'a4', title: 'Later', status: 'open', cardIds: [] },
      { id: 'a5', title: 'Soon', status: 'open', due: '2026-03-01', cardIds: ['pp2'] },
    ],
  },
);

describe('painPointRows', () => {
  it('ranks by severity then votes, with owner teams of linked touchpoints and actions', () => {
    const rows = painPointRows([en]);
    expect(rows.map((r) => r.cardId)).toEqual(['pp2', 'pp3', 'pp1', 'pp4']);
    expect(rows[0]).toEqual({
      mapId: 'en1',
      mapTitle: 'Map en1',
      phaseId: 'p2',
      phaseName: 'Purchase',
      cardId: 'pp2',
      text: 'Card declined',
      severity: 5,
      votes: 1,
      ownerTeams: ['Growth', 'Payments'],
      actionIds: ['a2', 'a5'],
    });
    expect(rows[3]).toMatchObject({ severity: null, votes: 0, ownerTeams: [], actionIds: [] });
  });

  it('follows links in both directions (a touchpoint linking the pain point)', () => {
    const map = testMap('m', 'de', [
      at('touchpoints', 1)('t', 'Hotline', { ownerTeam: 'Schadenservice', links: ['p'] }),
      { id: 'p', lane: 'painPoints', phase: 1, text: 'Warteschleife', severity: 4 },
    ]);
    expect(painPointRows([map])[0]).toMatchObject({
      phaseName: 'Erste Informationen',
      mapTitle: 'Karte m',
      ownerTeams: ['Schadenservice'],
    });
  });
});

describe('opportunityRows', () => {
  it('orders by impact descending, effort ascending, and names the pain points addressed', () => {
    const rows = opportunityRows([en]);
    expect(rows.map((r) => r.cardId)).toEqual(['o3', 'o2', 'o1']);
    expect(rows[2]).toMatchObject({ impact: 3, effort: 1, painPointIds: ['pp1'] });
  });
});

describe('actionRows', () => {
  it('orders by status then due date (undated last) and marks overdue ones not done', () => {
    const rows = actionRows([en], { today: '2026-04-01' });
    expect(rows.map((r) => r.actionId)).toEqual(['a5', 'a2', 'a4', 'a3', 'a1']);
    expect(rows.map((r) => r.overdue)).toEqual([true, false, false, false, false]);
    expect(rows[1]).toEqual({
      mapId: 'en1',
      mapTitle: 'Map en1',
      actionId: 'a2',
      title: 'Retry flow',
      status: 'open',
      ownerTeam: 'Payments',
      due: '2026-06-01',
      overdue: false,
      cardIds: ['pp2', 'o2'],
    });
  });

  it('is empty for a map without actions', () => {
    expect(actionRows([testMap('x', 'en', [])])).toEqual([]);
  });
});

describe('touchpointRows', () => {
  it('orders by owner team then channel, with the phase emotion mean and IT systems', () => {
    const rows = touchpointRows([en]);
    expect(rows.map((r) => r.cardId)).toEqual(['t1', 't2']);
    expect(rows[0]).toMatchObject({
      ownerTeam: 'Growth',
      emotionScore: 0.5,
      painPointIds: ['pp1', 'pp2'],
      itSystems: ['CMS'],
    });
    // no emotion card in phase 2
    expect(rows[1]).toMatchObject({ emotionScore: null, painPointIds: ['pp2'], itSystems: [] });
  });

  it('puts touchpoints without an owner team last', () => {
    const touchpoint = at('touchpoints', 1);
    const map = testMap('m', 'de', [
      touchpoint('a', 'Brief', { channel: 'mail' }),
      touchpoint('b', 'App', { channel: 'app', ownerTeam: 'Mobile Apps' }),
      touchpoint('c', 'Filiale', { channel: 'store', ownerTeam: 'Mobile Apps' }),
      touchpoint('d', 'Agentur', { channel: 'partner', ownerTeam: 'Agentur' }),
    ]);
    expect(touchpointRows([map]).map((r) => r.cardId)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('kpiRows', () => {
  it('gives baseline, latest and target by map, then phase', () => {
    const a = testMap('a', 'en', [
      {
        id: 'k2',
        lane: 'kpis',
        phase: 2,
        text: 'Conversion',
        kpi: testKpi('higherIsBetter', '%', [2, '2026-01-01'], 5, [
          [3, '2026-03-01'],
          [2.5, '2026-02-01'],
        ]),
      },
      { id: 'k1', lane: 'kpis', phase: 1, text: 'Bounce', kpi: { direction: 'lowerIsBetter' } },
    ]);
    const b = testMap('b', 'de', [
      {
        id: 'k',
        lane: 'kpis',
        phase: 1,
        text: 'Bearbeitungszeit',
        kpi: testKpi('lowerIsBetter', 'h', [41, '2026-01-15'], 2, [[50, '2026-05-01']]),
      },
    ]);
    const rows = kpiRows([a, b]);
    expect(rows.map((r) => `${r.mapId}/${r.cardId}`)).toEqual(['a/k1', 'a/k2', 'b/k']);
    expect(rows[0]).toMatchObject({
      unit: null,
      baseline: null,
      latest: null,
      target: null,
      status: 'noData',
    });
    expect(rows[1]).toEqual({
      mapId: 'a',
      mapTitle: 'Map a',
      phaseId: 'p2',
      phaseName: 'Purchase',
      cardId: 'k2',
      text: 'Conversion',
      unit: '%',
      direction: 'higherIsBetter',
      baseline: 2,
      latest: 3,
      target: 5,
      status: 'improving',
    });
    expect(rows[2]).toMatchObject({
      phaseName: 'Erste Informationen',
      latest: 50,
      status: 'worsening',
    });
  });
});

describe('maps without persona, KPIs or actions, templates, and the shared fixtures', () => {
  it('gives empty rows for an empty map and skips templates', () => {
    const empty = testMap('e', 'en', []);
    expect(empty.persona).toBeUndefined();
    for (const kind of REPORT_KINDS) expect(reportRows(kind, [empty])).toEqual([]);
    const template: JourneyMap = { ...en, kind: 'template' };
    expect(reportRows('painPoints', [template])).toEqual([]);
  });

  it('reads the German and the English sample maps', () => {
    const de = loadFixture('kfz-versicherung') as unknown as JourneyMap;
    const saas = loadFixture('saas-onboarding') as unknown as JourneyMap;
    expect(validateMap(de).ok).toBe(true);
    const pains = reportRows('painPoints', [de, saas]);
    expect(pains).toHaveLength(4);
    for (let i = 1; i < pains.length; i++) {
      const [p, q] = [pains[i - 1]!, pains[i]!];
      expect(
        (p.severity ?? 0) > (q.severity ?? 0) ||
          ((p.severity ?? 0) === (q.severity ?? 0) && p.votes >= q.votes),
      ).toBe(true);
    }
    const actions = reportRows('actions', [de, saas], { today: '2026-12-01' });
    expect(actions.map((a) => a.actionId)).toEqual(['ac2', 'ac1']);
    const kpis = reportRows('kpis', [de, saas]);
    expect(kpis.find((k) => k.baseline === 38.5)).toMatchObject({
      mapId: 'kfz-versicherung-2026',
      baseline: 38.5,
      latest: 27.4,
      target: 19,
      status: 'improving',
    });
    expect(kpis.find((k) => k.mapId === 'saas-onboarding')).toMatchObject({ status: 'noData' });
  });
});
