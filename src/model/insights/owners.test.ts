import { describe, expect, it } from 'vitest';
import { gatherVocabulary, ownerRows, similarOwnerGroups, vocabularyKey } from './owners';
import { testMap } from './testMaps.testkit';

describe('vocabularyKey', () => {
  it('ignores case, spaces, hyphens and word order', () => {
    expect(vocabularyKey('Kunden-Service')).toBe(vocabularyKey('kundenservice'));
    expect(vocabularyKey(' Kunden  Service ')).toBe(vocabularyKey('KUNDENSERVICE'));
    expect(vocabularyKey('Vertrieb Privatkunden')).toBe(vocabularyKey('Privatkunden Vertrieb'));
    expect(vocabularyKey('Vertrieb Privatkunden')).not.toBe(vocabularyKey('Vertrieb Firmenkunden'));
  });
});

const m1 = testMap(
  'm1',
  'de',
  [
    { id: 'a', lane: 'touchpoints', phase: 1, text: 'Hotline', ownerTeam: 'Kunden-Service' },
    {
      id: 'b',
      lane: 'touchpoints',
      phase: 2,
      text: 'Chat',
      ownerTeam: 'Kunden-Service',
      channel: 'chat',
    },
    {
      id: 'c',
      lane: 'touchpoints',
      phase: 2,
      text: 'Filiale',
      ownerTeam: 'Vertrieb Privatkunden',
      tags: ['Filiale'],
    },
    { id: 's', lane: 'itSystems', phase: 2, text: 'SAP CRM' },
  ],
  {
    actions: [
      { id: 'x', title: 'Schulung', status: 'open', ownerTeam: 'kundenservice', cardIds: [] },
    ],
    tags: ['Kfz'],
  },
);
const m2 = testMap('m2', 'en', [
  {
    id: 'a',
    lane: 'touchpoints',
    phase: 1,
    text: 'Store',
    ownerTeam: 'Privatkunden Vertrieb',
    channel: 'store',
  },
  {
    id: 'b',
    lane: 'touchpoints',
    phase: 1,
    text: 'Phone',
    ownerTeam: 'Kunden-Service',
    channel: 'phone',
  },
  { id: 's', lane: 'itSystems', phase: 1, text: 'SAP CRM' },
]);

describe('ownerRows', () => {
  it('counts each name as written, with its maps and the similar names', () => {
    const rows = ownerRows([m1, m2]);
    expect(rows).toEqual([
      { name: 'Kunden-Service', count: 3, mapIds: ['m1', 'm2'], similar: ['kundenservice'] },
      { name: 'kundenservice', count: 1, mapIds: ['m1'], similar: ['Kunden-Service'] },
      {
        name: 'Privatkunden Vertrieb',
        count: 1,
        mapIds: ['m2'],
        similar: ['Vertrieb Privatkunden'],
      },
      {
        name: 'Vertrieb Privatkunden',
        count: 1,
        mapIds: ['m1'],
        similar: ['Privatkunden Vertrieb'],
      },
    ]);
    expect(similarOwnerGroups(rows).map((g) => g.map((r) => r.name))).toEqual([
      ['Kunden-Service', 'kundenservice'],
      ['Privatkunden Vertrieb', 'Vertrieb Privatkunden'],
    ]);
  });
});

describe('gatherVocabulary', () => {
  it('lists owner teams, channels, IT systems and tags across maps, most used first', () => {
    const v = gatherVocabulary([m1, m2]);
    expect(v.ownerTeams[0]).toBe('Kunden-Service');
    expect(v.itSystems).toEqual(['SAP CRM']);
    expect(v.channels).toEqual(expect.arrayContaining(['chat', 'store', 'phone']));
    expect(v.tags).toEqual(['Filiale', 'Kfz']);
  });
});
