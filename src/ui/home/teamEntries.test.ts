// One home list from the device catalog and the team repository, and each row's actions.
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../storage';
import type { TeamRow } from '../../sync';
import { deviceActions } from './MapRow';
import { mergeTeam, rowActions } from './teamEntries';

const local = (id: string, patch: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  kind: 'map',
  title: `Local ${id}`,
  tags: [],
  cardCount: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  phases: [],
  searchText: `local ${id} card text`,
  trashed: false,
  syncState: 'local',
  ...patch,
});
const team = (id: string, patch: Partial<TeamRow> = {}): TeamRow => ({
  id,
  kind: 'map',
  title: `Team ${id}`,
  tags: ['claims'],
  phases: [{ id: 'p1', name: 'Search' }],
  cardCount: 4,
  cardsByLaneType: { touchpoints: 4 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-03T00:00:00.000Z',
  trashed: false,
  ...patch,
});

describe('mergeTeam', () => {
  it('leaves maturity checks out: they have their own home list', () => {
    const merged = mergeTeam(
      [],
      [team('m'), team('chk', { kind: 'maturity' }), team('t', { kind: 'template' })],
    );
    expect(merged.map((e) => e.id)).toEqual(['m', 't']);
  });

  it('marks where each map lives; the newer description wins, the device keeps its search text', () => {
    const merged = mergeTeam(
      [local('a'), local('b', { syncState: 'synced' })],
      [team('b'), team('c')],
    );
    const byId = new Map(merged.map((e) => [e.id, e]));
    expect(byId.get('a')).toMatchObject({ where: 'device', title: 'Local a' });
    expect(byId.get('b')).toMatchObject({
      where: 'both',
      title: 'Team b',
      syncState: 'synced',
      searchText: 'local b card text',
    });
    expect(byId.get('c')).toMatchObject({ where: 'team', title: 'Team c', cardCount: 4 });
    expect(byId.get('c')!.searchText).toContain('claims');
  });

  it('without a team login every map is on this device only', () => {
    expect(mergeTeam([local('a')], null).map((e) => e.where)).toEqual(['device']);
  });

  it('a map in the team trash is trashed in the list, without the device restore', () => {
    const [entry] = mergeTeam([local('b')], [team('b', { trashed: true })]);
    expect(entry).toMatchObject({ trashed: true, teamTrashed: true, deviceTrashed: false });
    expect(rowActions(entry!, deviceActions('trash'), 'facilitator')).toEqual(['teamRestore']);
    expect(rowActions(entry!, deviceActions('trash'), 'view')).toEqual([]);
  });
});

describe('rowActions', () => {
  it('publish for writers on device-only maps; team trash for facilitators and admins', () => {
    const [deviceOnly, teamOnly] = mergeTeam([local('a')], [team('c')]);
    const maps = deviceActions('maps');
    expect(rowActions(deviceOnly!, maps, 'edit')).toContain('publish');
    expect(rowActions(deviceOnly!, maps, 'view')).not.toContain('publish');
    expect(rowActions(deviceOnly!, maps, null)).toEqual([...maps]);
    expect(rowActions(teamOnly!, maps, 'edit')).toEqual([]);
    expect(rowActions(teamOnly!, maps, 'facilitator')).toEqual(['teamTrash']);
    expect(rowActions(teamOnly!, maps, 'admin')).toEqual(['teamTrash']);
  });
});
