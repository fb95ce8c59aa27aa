import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportMap, updateMeta, updatePersona } from '../../doc';
import { MapPanel } from './MapPanel';
import { renderWithSession } from '../../session/testing';
import { TYPING_FLUSH_MS } from '../../session/typing';

describe('MapPanel', () => {
  it('keeps a goal whose text is cleared while the user pauses before retyping', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const goals = screen.getByRole('group', { name: 'Goals (jobs to be done)' });
    const first = within(goals).getByRole('textbox', { name: 'Goal 1' });
    await user.clear(first);
    // longer than the typing flush: a timed write of the empty text happens meanwhile
    await new Promise((resolve) => setTimeout(resolve, TYPING_FLUSH_MS * 4));
    await user.type(first, 'Ship a report today{Enter}');
    expect(exportMap(session.doc).persona?.goals).toEqual(['Ship a report today']);
  });

  it('edits, adds and removes persona goals, one undo step per edit', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const goals = screen.getByRole('group', { name: 'Goals (jobs to be done)' });

    const first = within(goals).getByRole('textbox', { name: 'Goal 1' });
    expect(first).toHaveProperty('value', 'Ship the first report');
    await user.clear(first);
    await user.type(first, 'Ship a report today{Enter}');
    expect(exportMap(session.doc).persona?.goals).toEqual(['Ship a report today']);

    await user.type(
      within(goals).getByRole('textbox', { name: 'New goal' }),
      'Invite the team{Enter}',
    );
    expect(exportMap(session.doc).persona?.goals).toEqual([
      'Ship a report today',
      'Invite the team',
    ]);
    expect(within(goals).getByRole('textbox', { name: 'Goal 2' })).toHaveProperty(
      'value',
      'Invite the team',
    );

    await user.click(within(goals).getByRole('button', { name: 'Remove “Ship a report today”' }));
    expect(exportMap(session.doc).persona?.goals).toEqual(['Invite the team']);

    // three edits, three undo steps back to the seeded goal
    act(() => void session.undo.undo());
    expect(exportMap(session.doc).persona?.goals).toEqual([
      'Ship a report today',
      'Invite the team',
    ]);
    act(() => void session.undo.undo());
    act(() => void session.undo.undo());
    expect(exportMap(session.doc).persona?.goals).toEqual(['Ship the first report']);
  });

  it('saves typing without waiting for blur, and one edit is one undo step', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.type(title, ' v2');
    // still focused: the text reaches the document after the short typing delay
    expect(document.activeElement).toBe(title);
    await waitFor(() => expect(exportMap(session.doc).title).toBe('Onboarding v2'));
    await user.type(title, '.1');
    await user.tab();
    expect(exportMap(session.doc).title).toBe('Onboarding v2.1');
    act(() => void session.undo.undo());
    expect(exportMap(session.doc).title).toBe('Onboarding');
    expect(session.undo.canUndo()).toBe(false);
  });

  it('Escape after a saved burst takes the document back to the value at focus', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const scenario = screen.getByRole('textbox', { name: 'Scenario' });
    await user.type(scenario, 'Sam signs up');
    await waitFor(() => expect(exportMap(session.doc).scenario).toBe('Sam signs up'));
    await user.keyboard('{Escape}');
    expect(exportMap(session.doc).scenario).toBeUndefined();
    expect(session.undo.canUndo()).toBe(false);
  });

  it('refuses an empty title with a message and keeps the stored one', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('The title cannot be empty.');
    expect(exportMap(session.doc).title).toBe('Onboarding');
    expect(title).toHaveProperty('value', 'Onboarding');
  });

  it('shows remote changes live, but not over a field being edited', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    act(() => updateMeta(session.doc, { cxGoal: 'First value in 10 minutes' }));
    expect(screen.getByRole('textbox', { name: 'CX goal' })).toHaveProperty(
      'value',
      'First value in 10 minutes',
    );

    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.type(name, 'antha');
    act(() => updatePersona(session.doc, { description: 'Team lead' }));
    expect(name).toHaveProperty('value', 'Samantha');
    await user.tab();
    expect(exportMap(session.doc).persona).toMatchObject({
      name: 'Samantha',
      description: 'Team lead',
    });
  });

  it('adds tags as chips and sets the state and content language', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    await user.type(screen.getByRole('textbox', { name: 'Add a tag' }), 'b2b{Enter}saas,');
    expect(exportMap(session.doc).tags).toEqual(['b2b', 'saas']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Journey state' }), 'future');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language of the content' }),
      'de',
    );
    const map = exportMap(session.doc);
    expect(map.state).toBe('future');
    expect(map.language).toBe('de');
  });

  it('disables every input when the session is read-only', () => {
    renderWithSession(<MapPanel />, { readOnly: true });
    const fields = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('combobox')];
    expect(fields.length).toBeGreaterThan(5);
    for (const field of fields) expect(field).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('uses German labels when the UI language is German', () => {
    renderWithSession(<MapPanel />, { language: 'de' });
    expect(screen.getByRole('heading', { name: 'Map-Details' })).toBeDefined();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Ziele (Jobs to be done)' })).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Sprache des Inhalts' })).toBeDefined();
  });
});

describe('MapPanel field behaviour', () => {
  it('Escape throws the draft away', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const owner = screen.getByRole('textbox', { name: 'Owner' });
    await user.type(owner, 'Team CX{Escape}');
    expect(owner).toHaveProperty('value', '');
    await user.tab();
    expect(exportMap(session.doc).owner).toBeUndefined();
  });

  it('saves a draft when the field disappears while focused', async () => {
    const user = userEvent.setup();
    const { session, unmount } = renderWithSession(<MapPanel />);
    await user.type(screen.getByRole('textbox', { name: 'Owner' }), 'Team CX');
    unmount();
    expect(exportMap(session.doc).owner).toBe('Team CX');
  });
});

describe('MapPanel phases', () => {
  it('edits a phase’s name and description; an empty description removes it', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(<MapPanel />);
    const description = screen.getByRole('textbox', { name: 'Description of phase 2 (Sign up)' });
    await user.type(description, 'Form, email check, first login');
    await user.tab();
    expect(exportMap(session.doc).phases[1]).toMatchObject({
      id: 'ph2',
      description: 'Form, email check, first login',
    });
    const name = screen.getByRole('textbox', { name: 'Name of phase 1' });
    await user.clear(name);
    await user.type(name, 'Discovery{Enter}');
    expect(exportMap(session.doc).phases[0]!.name).toBe('Discovery');
    await user.clear(description);
    await user.tab();
    expect(exportMap(session.doc).phases[1]!.description).toBeUndefined();
  });
});
