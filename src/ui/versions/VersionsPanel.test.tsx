import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportMap, updateMeta } from '../../doc';
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
});
