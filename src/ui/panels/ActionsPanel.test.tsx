import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportMap, updateAction } from '../../doc';
import { ActionsPanel } from './ActionsPanel';
import { renderWithSession } from '../../session/testing';

describe('ActionsPanel', () => {
  it('adds an action for the selected cards, edits it and deletes it', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<ActionsPanel />, { selected: ['p1', 'o1'] });
    expect(screen.getByText('1 action')).toBeDefined();

    await user.type(screen.getByRole('textbox', { name: 'New action' }), 'Send magic links');
    await user.click(screen.getByRole('button', { name: 'Add action for 2 selected cards' }));
    const added = exportMap(session.doc).actions?.find((a) => a.title === 'Send magic links');
    expect(added).toMatchObject({ status: 'open', cardIds: ['p1', 'o1'] });
    expect(screen.getByRole('textbox', { name: 'New action' })).toHaveProperty('value', '');

    const row = screen.getByRole('group', { name: 'Action “Send magic links”' });
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Status' }), 'doing');
    await user.type(within(row).getByRole('combobox', { name: 'Owner team' }), 'Product{Enter}');
    await user.click(
      within(row).getByRole('button', { name: 'Remove “Email verification is slow”' }),
    );
    expect(exportMap(session.doc).actions?.find((a) => a.id === added?.id)).toMatchObject({
      status: 'doing',
      ownerTeam: 'Product',
      cardIds: ['o1'],
    });

    await user.click(within(row).getByRole('button', { name: 'Delete action “Send magic links”' }));
    expect(exportMap(session.doc).actions?.map((a) => a.title)).toEqual([
      'Shorten the sign-up form',
    ]);
  });

  it('shows remote edits of an action', () => {
    const { session } = renderWithSession(<ActionsPanel />);
    act(() =>
      updateAction(session.doc, 'a1', { title: 'Cut the form to 3 fields', status: 'done' }),
    );
    const row = screen.getByRole('group', { name: 'Action “Cut the form to 3 fields”' });
    expect(within(row).getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'done');
  });

  it('is read-only and German when asked', () => {
    renderWithSession(<ActionsPanel />, { readOnly: true, language: 'de' });
    expect(screen.getByRole('heading', { name: 'Verbesserungsmaßnahmen' })).toBeDefined();
    const row = screen.getByRole('group', { name: 'Maßnahme „Shorten the sign-up form“' });
    expect(within(row).getByRole('textbox', { name: 'Titel' })).toHaveProperty('disabled', true);
    expect(within(row).getByRole('combobox', { name: 'Status' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
