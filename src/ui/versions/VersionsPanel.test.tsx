import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAction, exportMap, updateMeta } from '../../doc';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { renderWithSession } from '../../session/testing';
import { VersionsPanel } from './VersionsPanel';

beforeEach(() => {
  freshIndexedDbBackend();
});

describe('VersionsPanel', () => {
  it('names a version, previews what restoring changes, and restores it as a new change', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<VersionsPanel mapId="panel-test" />);
    await screen.findByText('No named versions yet.');
    const original = exportMap(session.doc).title;

    await user.type(screen.getByLabelText('Version name'), 'after workshop 1{Enter}');
    await screen.findByRole('heading', { name: 'after workshop 1' });

    act(() => updateMeta(session.doc, { title: 'Renamed later' }));
    const actions = screen.getByRole('group', { name: 'Actions for version after workshop 1' });
    await user.click(within(actions).getByRole('button', { name: 'Preview' }));
    await screen.findByText(`set the title to “${original}”`);

    await user.click(within(actions).getByRole('button', { name: 'Restore' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore' }),
    );
    await waitFor(() => expect(exportMap(session.doc).title).toBe(original));
    // a new change on top: the local undo history can take it back
    act(() => {
      session.undo.undo();
    });
    expect(exportMap(session.doc).title).toBe('Renamed later');
  });

  it('lists an action added after the version, and the restore asks with the same list', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<VersionsPanel mapId="panel-plan" />);
    await screen.findByText('No named versions yet.');
    await user.type(screen.getByLabelText('Version name'), 'before actions{Enter}');
    await screen.findByRole('heading', { name: 'before actions' });
    act(() => {
      addAction(session.doc, {
        title: 'Fix photo upload',
        ownerTeam: 'App team',
        status: 'doing',
        due: '2026-12-18',
        cardIds: [],
      });
    });
    const actions = screen.getByRole('group', { name: 'Actions for version before actions' });
    await user.click(within(actions).getByRole('button', { name: 'Preview' }));
    // before issue 13.4 this said "change nothing: the map is the same."
    await screen.findByText('remove action “Fix photo upload”');
    expect(screen.queryByText('change nothing: the map is the same.')).toBeNull();
    await user.click(within(actions).getByRole('button', { name: 'Restore' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(within(confirm).getByText('remove action “Fix photo upload”')).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));
    // the sample map's own action stays; the one added after the version goes
    await waitFor(() =>
      expect((exportMap(session.doc).actions ?? []).map((a) => a.title)).toEqual([
        'Shorten the sign-up form',
      ]),
    );
  });
});
