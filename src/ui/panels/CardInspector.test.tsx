import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deleteCards, exportMap, setCardText } from '../../doc';
import type { JourneyMap } from '../../model/types';
import { CardInspector } from './CardInspector';
import { renderWithSession } from '../../session/testing';

function card(map: JourneyMap, id: string) {
  const found = map.cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

describe('CardInspector', () => {
  it('asks for a selection when nothing is selected', () => {
    renderWithSession(<CardInspector />);
    expect(screen.getByText('Select a card on the board to see its details.')).toBeDefined();
  });

  it('changes a touchpoint channel and owner team', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['t1'] });
    const channel = screen.getByRole('combobox', { name: 'Channel' });
    expect(within(channel).getAllByRole('option')).toHaveLength(12); // 11 channels + none
    await user.selectOptions(channel, 'app');
    expect(card(exportMap(session.doc), 't1').channel).toBe('app');

    // teams already used in the map are offered as suggestions
    const team = screen.getByRole('combobox', { name: 'Owner team' });
    const list = document.getElementById(team.getAttribute('list') ?? '');
    expect([...(list?.querySelectorAll('option') ?? [])].map((o) => o.value)).toEqual([
      'Growth',
      'Product',
    ]);
    await user.clear(team);
    await user.type(team, 'Support{Enter}');
    expect(card(exportMap(session.doc), 't1').ownerTeam).toBe('Support');
  });

  it('adding a KPI measurement updates the live status', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['k1'] });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Off target');

    const add = screen.getByRole('group', { name: 'Add measurement' });
    await user.type(within(add).getByLabelText('New measurement: value'), '62.5');
    await user.type(within(add).getByLabelText('New measurement: date'), '2026-11-15');
    await user.click(within(add).getByRole('button', { name: 'Add measurement' }));

    expect(card(exportMap(session.doc), 'k1').kpi?.measurements).toEqual([
      { value: 62.5, date: '2026-11-15' },
    ]);
    expect(screen.getByRole('status').textContent).toContain('On target');
    expect(screen.getByRole('list', { name: 'Measurements' }).textContent).toContain('62.5');

    await user.click(screen.getByRole('button', { name: /^Remove measurement of/ }));
    expect(card(exportMap(session.doc), 'k1').kpi?.measurements ?? []).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Off target');
  });

  it('formats KPI numbers and dates in the German locale', async () => {
    const user = userEvent.setup();
    renderWithSession(<CardInspector />, { selected: ['k1'], language: 'de' });
    const add = screen.getByRole('group', { name: 'Messung hinzufügen' });
    await user.type(within(add).getByLabelText('Neue Messung: Wert'), '62.5');
    await user.type(within(add).getByLabelText('Neue Messung: Datum'), '2026-11-15');
    await user.click(within(add).getByRole('button', { name: 'Messung hinzufügen' }));
    expect(screen.getByRole('status').textContent).toContain('Im Ziel');
    expect(screen.getByRole('list', { name: 'Messungen' }).textContent).toContain('62,5');
    expect(screen.getByRole('list', { name: 'Messungen' }).textContent).toContain('15.11.2026');
  });

  it('adds a comment signed by the local user and resolves it', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['p1'] });
    expect(screen.getByRole('heading', { name: 'Comments (0)' })).toBeDefined();
    await user.type(
      screen.getByRole('textbox', { name: 'New comment' }),
      'Seen in 3 of 5 interviews',
    );
    await user.click(screen.getByRole('button', { name: 'Add comment' }));

    expect(screen.getByRole('heading', { name: 'Comments (1)' })).toBeDefined();
    const item = screen.getByText('Seen in 3 of 5 interviews').closest('li');
    expect(item?.textContent).toContain('Ada');
    expect(card(exportMap(session.doc), 'p1').comments).toMatchObject([
      { author: 'Ada', text: 'Seen in 3 of 5 interviews' },
    ]);
    expect(screen.getByRole('textbox', { name: 'New comment' })).toHaveProperty('value', '');

    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Resolve' }));
    expect(within(item as HTMLElement).getByRole('button', { name: 'Reopen' })).toBeDefined();
    expect(session.store.getSnapshot().cards.get('p1')?.comments[0]?.resolved).toBe(true);

    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Delete comment' }));
    expect(screen.getByRole('heading', { name: 'Comments (0)' })).toBeDefined();
    expect(card(exportMap(session.doc), 'p1').comments ?? []).toEqual([]);
  });

  it('sets the emotion score and pain-point severity through radio groups', async () => {
    const user = userEvent.setup();
    const { session, ui } = renderWithSession(<CardInspector />, { selected: ['e1'] });
    await user.click(screen.getByRole('radio', { name: '−2 negative' }));
    expect(card(exportMap(session.doc), 'e1').score).toBe(-2);

    act(() => ui.getState().selectCards(['p1']));
    expect(screen.getByRole('radio', { name: '4' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('radio', { name: 'Not rated' }));
    expect(card(exportMap(session.doc), 'p1').severity).toBeUndefined();
  });

  it('links a card chosen from a searchable list and removes the link', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['p1'] });
    await user.click(screen.getByRole('button', { name: 'Link a card' }));
    await user.type(screen.getByRole('searchbox', { name: 'Link a card' }), 'sign-up form');
    const results = screen.getByRole('list', { name: 'Link a card' });
    expect(within(results).getAllByRole('button')).toHaveLength(1);
    await user.click(within(results).getByRole('button', { name: 'Link “Sign-up form”' }));
    expect(card(exportMap(session.doc), 'p1').links).toEqual(['t2']);

    await user.click(screen.getByRole('button', { name: 'Remove link to “Sign-up form”' }));
    expect(card(exportMap(session.doc), 'p1').links ?? []).toEqual([]);
  });

  it('sets a colour from the palette or as #rrggbb, and refuses other text', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['n1'] });
    await user.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(card(exportMap(session.doc), 'n1').color).toBe('#b9dcff');
    const hex = screen.getByRole('textbox', { name: 'Custom colour (#rrggbb)' });
    await user.clear(hex);
    await user.type(hex, 'blue{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('#rrggbb');
    await user.clear(hex);
    await user.type(hex, '#123ABC{Enter}');
    expect(card(exportMap(session.doc), 'n1').color).toBe('#123abc');
  });

  it('shows the count for a multi-selection and edits all cards at once', async () => {
    const user = userEvent.setup();
    const { session, ui } = renderWithSession(<CardInspector />, { selected: ['t1', 't2', 'n1'] });
    expect(screen.getByRole('heading', { name: '3 cards selected' })).toBeDefined();
    await user.click(screen.getByRole('radio', { name: 'Green' }));
    await user.type(screen.getByRole('textbox', { name: 'Add a tag' }), 'v2{Enter}');
    let map = exportMap(session.doc);
    for (const id of ['t1', 't2', 'n1']) {
      expect(card(map, id).color).toBe('#c8f0b4');
      expect(card(map, id).tags).toEqual(['v2']);
    }
    expect(card(map, 'e1').color).toBeUndefined();

    // each bulk edit is one step: one undo takes the tag off all three, the next the colour
    act(() => void session.undo.undo());
    map = exportMap(session.doc);
    for (const id of ['t1', 't2', 'n1']) {
      expect(card(map, id).tags).toBeUndefined();
      expect(card(map, id).color).toBe('#c8f0b4');
    }
    act(() => void session.undo.undo());
    map = exportMap(session.doc);
    for (const id of ['t1', 't2', 'n1']) expect(card(map, id).color).toBeUndefined();
    expect(session.undo.canUndo()).toBe(false);
    act(() => void session.undo.redo());
    for (const id of ['t1', 't2', 'n1'])
      expect(card(exportMap(session.doc), id).color).toBe('#c8f0b4');

    await user.click(screen.getByRole('button', { name: 'Delete 3 cards' }));
    map = exportMap(session.doc);
    expect(map.cards.map((c) => c.id).sort()).toEqual(['e1', 'k1', 'o1', 'p1']);
    expect(ui.getState().selectedCardIds).toEqual([]);
  });

  it('disables every input when the session is read-only', () => {
    renderWithSession(<CardInspector />, { selected: ['k1'], readOnly: true });
    const inputs = document.querySelectorAll('input, textarea, select');
    expect(inputs.length).toBeGreaterThan(3);
    for (const input of inputs)
      expect((input as HTMLInputElement).disabled || input.closest('fieldset')?.disabled).toBe(
        true,
      );
    expect(screen.queryByRole('button', { name: /add|remove|delete|link/i })).toBeNull();
  });

  it('uses German labels when the UI language is German', () => {
    renderWithSession(<CardInspector />, { selected: ['t1'], language: 'de' });
    expect(screen.getByRole('combobox', { name: 'Kanal' })).toBeDefined();
    expect(screen.getByRole('option', { name: '📞 Telefon' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Kommentare (0)' })).toBeDefined();
  });

  it('saves the card text while typing and follows remote edits and deletion', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<CardInspector />, { selected: ['n1'] });
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.type(text, '{End} before launch');
    await waitFor(() =>
      expect(card(exportMap(session.doc), 'n1').text).toBe(
        'Ask legal about consent text before launch',
      ),
    );
    await user.tab();
    act(() => void session.undo.undo());
    expect(card(exportMap(session.doc), 'n1').text).toBe('Ask legal about consent text');
    act(() => void session.undo.redo());

    act(() => setCardText(session.doc, 'n1', 'Consent text approved'));
    expect(text).toHaveProperty('value', 'Consent text approved');
    act(() => deleteCards(session.doc, ['n1']));
    expect(screen.getByText('This card was deleted.')).toBeDefined();
  });

  it('duplicates the card with a button and shows the copy', async () => {
    const user = userEvent.setup();
    const { session, ui } = renderWithSession(<CardInspector />, { selected: ['p1'] });
    await user.click(screen.getByRole('button', { name: 'Duplicate card' }));
    const copies = exportMap(session.doc).cards.filter(
      (c) => c.text === 'Email verification is slow',
    );
    expect(copies).toHaveLength(2);
    const copy = copies.find((c) => c.id !== 'p1')!;
    expect(copy).toMatchObject({ laneId: 'ln-p', phaseId: 'ph2', severity: 4 });
    expect(ui.getState().selectedCardIds).toEqual([copy.id]);
    act(() => void session.undo.undo());
    expect(exportMap(session.doc).cards.some((c) => c.id === copy.id)).toBe(false);
  });
});
