import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  exportMap,
  openConflicts,
  setCardText,
  setDocAuthor,
  updateCard,
  type MapDoc,
} from '../../doc';
import { sync } from '../../doc/testing/docs';
import { peerOf } from '../../doc/testing/peers';
import { renderWithSession } from '../../session/testing';
import { CardInspector } from '../panels/CardInspector';
import { ConflictsButton } from './ConflictsButton';

const severity = (doc: MapDoc) => exportMap(doc).cards.find((c) => c.id === 'p1')?.severity;

/** Ada (this session) and Ben edit pain point p1 while apart, then their docs sync. */
function editApart(doc: MapDoc): MapDoc {
  setDocAuthor(doc, { id: 'user-ada', name: 'Ada' });
  const ben = peerOf(doc);
  setDocAuthor(ben, { id: 'user-ben', name: 'Ben' });
  act(() => {
    setCardText(doc, 'p1', 'Email verification is slow on mobile networks');
    updateCard(doc, 'p1', { severity: 3 });
    setCardText(ben, 'p1', 'Email verification is slow (Android)');
    updateCard(ben, 'p1', { severity: 5 });
    sync(doc, ben);
  });
  return ben;
}

describe('conflicts in the card inspector', () => {
  it('shows each side by name with its value, takes one side in one undoable click', async () => {
    const user = userEvent.setup();
    const { session } = renderWithSession(
      <>
        <ConflictsButton />
        <CardInspector />
      </>,
      { selected: ['p1'] },
    );
    expect(screen.queryByRole('heading', { name: 'Changed while apart' })).toBeNull();
    const ben = editApart(session.doc);
    const merged = severity(session.doc);

    const section = screen.getByRole('region', { name: 'Changed while apart' });
    const severityBox = section.querySelector('[data-conflict-field="severity"]') as HTMLElement;
    expect(within(severityBox).getByText('Ada, Ben changed this while apart.')).toBeDefined();
    expect(within(severityBox).getByText('Ada’s version').nextSibling?.textContent).toBe('3');
    expect(within(severityBox).getByText('Ben’s version').nextSibling?.textContent).toBe('5');
    const textBox = section.querySelector('[data-conflict-field="text"]') as HTMLElement;
    expect(textBox.textContent).toContain('Email verification is slow on mobile networks');
    expect(textBox.textContent).toContain('Email verification is slow (Android)');
    // the toolbar says so too, and announces it
    expect(
      screen.getByRole('button', { name: '2 conflicts: card fields changed while apart' }),
    ).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe(
      '2 open conflicts: Ada, Ben changed the same card fields while apart.',
    );

    await user.click(screen.getByRole('button', { name: 'Take Ben’s version of Severity' }));
    expect(severity(session.doc)).toBe(5);
    expect(section.querySelector('[data-conflict-field="severity"]')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('A conflict was resolved; 1 still open.');
    sync(session.doc, ben);
    expect(severity(ben)).toBe(5);
    expect(openConflicts(ben).map((c) => c.field)).toEqual(['text']);

    act(() => void session.undo.undo());
    expect(severity(session.doc)).toBe(merged);
    expect(section.querySelector('[data-conflict-field="severity"]')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Keep the merge: Text' }));
    await user.click(screen.getByRole('button', { name: 'Take Ada’s version of Severity' }));
    expect(severity(session.doc)).toBe(3);
    expect(screen.queryByRole('region', { name: 'Changed while apart' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('All conflicts are resolved.');
  });

  it('speaks German, and offers no choice on a read-only board', () => {
    const { session } = renderWithSession(<CardInspector />, {
      selected: ['p1'],
      language: 'de',
      readOnly: true,
    });
    editApart(session.doc);
    const section = screen.getByRole('region', { name: 'Getrennt geändert' });
    expect(within(section).getAllByText('Fassung von Ada')).toHaveLength(2);
    expect(within(section).getByRole('heading', { name: 'Schweregrad' })).toBeDefined();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
