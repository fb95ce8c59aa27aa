// The home screen's maturity checks list with the team repository's rows: team checks
// join the device's (a check both hold listed once, team-only ones marked), maps and
// trashed rows stay out, newest first; English and German; opening goes by id.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '../../i18n';
import { CheckList } from './CheckList';
import { withTeamChecks, type TeamCheckRow } from './teamChecks';

const device = [{ id: 'chk-both', title: 'Known here', createdAt: '2026-02-01T10:00:00.000Z' }];
const team: TeamCheckRow[] = [
  { id: 'chk-both', kind: 'maturity', title: 'Known here', createdAt: '2026-02-01T10:00:00.000Z' },
  { id: 'chk-team', kind: 'maturity', title: 'Team Q1', createdAt: '2026-03-02T10:00:00.000Z' },
  {
    id: 'chk-old',
    kind: 'maturity',
    title: 'Trashed',
    createdAt: '2026-01-01T00:00:00.000Z',
    trashed: true,
  },
  { id: 'map-1', kind: 'map', title: 'A map', createdAt: '2026-04-01T00:00:00.000Z' },
  { id: 'tpl-1', kind: 'template', title: 'A template', createdAt: '2026-04-01T00:00:00.000Z' },
];

beforeEach(() => act(() => useLanguageStore.getState().setLanguage('en')));

describe('withTeamChecks', () => {
  it('adds the team-only checks, once, newest first; no maps, templates or trashed rows', () => {
    expect(withTeamChecks(device, team)).toEqual([
      { id: 'chk-team', title: 'Team Q1', createdAt: '2026-03-02T10:00:00.000Z', team: true },
      device[0],
    ]);
  });

  it('without a team login the device list stays as it is', () => {
    expect(withTeamChecks(device, null)).toEqual(device);
  });
});

describe('CheckList with team checks', () => {
  it('marks team checks and opens one by its id', async () => {
    const onOpen = vi.fn();
    render(
      <CheckList
        entries={withTeamChecks(device, team)}
        withTeam
        onOpen={onOpen}
        onCreate={vi.fn()}
      />,
    );
    const list = screen.getByRole('region', { name: 'Maturity checks' });
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Team Q1', 'Known here']);
    expect(links[0]!.closest('li')!.textContent).toContain('from the team repository');
    expect(links[1]!.closest('li')!.textContent).not.toContain('team repository');
    expect(within(list).queryByText('A map')).toBeNull();
    await userEvent.click(links[0]!);
    expect(onOpen).toHaveBeenCalledWith('chk-team');
  });

  it('says where it looked when there are no checks, in German too', () => {
    act(() => useLanguageStore.getState().setLanguage('de'));
    const { rerender } = render(
      <CheckList entries={[]} withTeam onOpen={vi.fn()} onCreate={vi.fn()} />,
    );
    expect(
      screen.getByText('Noch keine Reifegrad-Checks auf diesem Gerät oder im Team-Repository.'),
    ).toBeTruthy();
    rerender(
      <CheckList entries={withTeamChecks([], team)} withTeam onOpen={vi.fn()} onCreate={vi.fn()} />,
    );
    expect(screen.getAllByText(/aus dem Team-Repository/)).toHaveLength(2);
  });
});
