import { describe, expect, it } from 'vitest';
import { filterMaps, filterRows } from './filter';
import { reportRows } from './rows';
import { testMap } from './testMaps.testkit';

const de = testMap(
  'de1',
  'de',
  [
    {
      id: 't',
      lane: 'touchpoints',
      phase: 1,
      text: 'Schadenmeldung per App',
      ownerTeam: 'Mobile Apps',
      links: ['p'],
    },
    { id: 'p', lane: 'painPoints', phase: 1, text: 'Upload bricht ab', severity: 4 },
  ],
  { tags: ['Kfz'], state: 'current', language: 'de-CH' },
);
const en = testMap(
  'en1',
  'en',
  [{ id: 'p', lane: 'painPoints', phase: 2, text: 'Slow claims', severity: 2 }],
  {
    tags: ['Claims'],
    state: 'future',
    actions: [
      { id: 'a', title: 'Faster', status: 'open', ownerTeam: 'Schadenservice', cardIds: ['p'] },
    ],
  },
);

describe('filterMaps', () => {
  it('filters by map, tag, state and language (de matches de-CH)', () => {
    const ids = (f: Parameters<typeof filterMaps>[1]) => filterMaps([de, en], f).map((m) => m.id);
    expect(ids({})).toEqual(['de1', 'en1']);
    expect(ids({ mapIds: ['en1'] })).toEqual(['en1']);
    expect(ids({ tags: ['Kfz'] })).toEqual(['de1']);
    expect(ids({ state: 'future' })).toEqual(['en1']);
    expect(ids({ language: 'de' })).toEqual(['de1']);
  });
});

describe('filterRows', () => {
  it('finds owner teams and actions by text, phase name and owner team', () => {
    const pains = reportRows('painPoints', [de, en]);
    expect(filterRows(pains, { ownerTeam: 'Mobile Apps' }).map((r) => r.mapId)).toEqual(['de1']);
    expect(filterRows(pains, { text: 'mobile apps' }).map((r) => r.mapId)).toEqual(['de1']);
    expect(filterRows(pains, { phaseName: 'Purchase' }).map((r) => r.mapId)).toEqual(['en1']);
    const actions = reportRows('actions', [de, en]);
    expect(filterRows(actions, { text: 'Schadenservice' })).toHaveLength(1);
    expect(filterRows(actions, { ownerTeam: 'Schadenservice' })).toHaveLength(1);
    expect(filterRows(actions, { text: 'nothing like it' })).toHaveLength(0);
  });
});
