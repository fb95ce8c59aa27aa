/**
 * Single-key shortcuts never act on what the user meant as text (issue 13.1): not
 * while an IME composes, not while a dialog is open, and not after the editor the
 * user was typing in vanished (its card left the view) and focus fell to the page.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addCard } from '../../doc';
import { nodeById, pressKey, renderBoard } from './testing';

function selectCellOf(h: ReturnType<typeof renderBoard>): void {
  const lane = h.laneIdOfType('needs');
  act(() => h.ui.getState().selectCell({ laneId: lane, phaseId: h.phaseId(0) }));
}

describe('board shortcuts and typing', () => {
  // a press anywhere ends an earlier test's "editor vanished" state, as it does for a user
  beforeEach(() => void fireEvent.pointerDown(document.body));

  it('"n" while an IME composes adds no card', () => {
    const h = renderBoard();
    selectCellOf(h);
    const cell = nodeById(`cell:${h.laneIdOfType('needs')}:${h.phaseId(0)}`);
    act(() => cell.focus());
    pressKey(cell, 'n', { isComposing: true });
    pressKey(cell, 'n', { keyCode: 229 });
    expect(h.ui.getState().draft).toBeNull();
    // the same key without composition does add one (the test can fail)
    pressKey(cell, 'n');
    expect(h.ui.getState().draft).not.toBeNull();
  });

  it('"n" and "f" do nothing while a dialog is open, even with focus on the page', async () => {
    const h = renderBoard();
    selectCellOf(h);
    pressKey(document.body, '?');
    await screen.findByRole('dialog', {}, { timeout: 5000 });
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    pressKey(document.body, 'n');
    pressKey(document.body, 'f');
    expect(h.ui.getState().draft).toBeNull();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('keys typed after the open editor vanished are not shortcuts', async () => {
    const h = renderBoard();
    const lane = h.laneIdOfType('needs');
    const id = addCard(h.session.doc, { laneId: lane, phaseId: h.phaseId(0), text: 'Zahlung' });
    act(() => h.ui.getState().selectCards([id]));
    act(() => h.ui.getState().startEditing(id));
    const editor = await screen.findByRole('textbox', { name: 'Card text' });
    expect(document.activeElement).toBe(editor);
    // the card's node goes away under the user's hands (as when it leaves the view)
    h.unmount();
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    const again = renderBoard();
    selectCellOf(again);
    pressKey(document.body, 'n');
    expect(again.ui.getState().draft).toBeNull();
    // once the user points somewhere again, "n" is a shortcut again
    fireEvent.pointerDown(document.body);
    pressKey(document.body, 'n');
    expect(again.ui.getState().draft).not.toBeNull();
    again.unmount();
  });
});
