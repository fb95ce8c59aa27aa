/** The board's own controls and messages in the UI language, and shortcuts as the platform writes them. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deletePhase } from '../../doc';
import { attempt } from '../../session/notices';
import { pressKey, renderBoard } from './testing';

function pretendPlatform(platform: string): void {
  Object.defineProperty(navigator, 'platform', { configurable: true, get: () => platform });
}

afterEach(() => pretendPlatform('Linux x86_64'));

describe('board language', () => {
  it('labels the zoom controls, the lane form and notices in German', () => {
    const h = renderBoard({ language: 'de' });
    expect(screen.getByRole('button', { name: 'Vergrößern' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verkleinern' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Zoom In' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Bahn hinzufügen' }));
    expect(screen.getByRole('textbox', { name: 'Name der Bahn' })).toBeTruthy();
    // a refused command: deleting the only phase left
    const phases = h.snapshot().phases;
    act(() => {
      for (const phase of phases.slice(1)) deletePhase(h.session.doc, phase.id);
      attempt(h.ui.getState().notices, () => deletePhase(h.session.doc, phases[0]!.id));
    });
    const status = screen.getByRole('status');
    expect(within(status).getByText('Eine Map braucht mindestens eine Phase.')).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: 'Diese Meldung schließen' }));
    expect(within(status).queryByText('Eine Map braucht mindestens eine Phase.')).toBeNull();
  });

  it('lists plain-arrow navigation and writes ⌘ on a Mac', async () => {
    pretendPlatform('MacIntel');
    renderBoard();
    pressKey(document.body, '?');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Keyboard shortcuts' },
      { timeout: 10_000 }, // the dialog is a lazy chunk
    );
    const row = within(dialog)
      .getByText('Go to the neighbouring card, cell or header')
      .closest('tr')!;
    expect(row.textContent).toContain('← → ↑ ↓');
    expect(dialog.textContent).toContain('⌘D');
    expect(dialog.textContent).not.toContain('Ctrl');
    expect(within(dialog).getByText('Finish editing (the text is kept)')).toBeTruthy();
  });

  it('writes Strg in German elsewhere', async () => {
    renderBoard({ language: 'de' });
    pressKey(document.body, '?');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Tastenkürzel' },
      { timeout: 10_000 }, // the dialog is a lazy chunk
    );
    expect(dialog.textContent).toContain('Strg+D');
    expect(screen.getByRole('button', { name: 'Rückgängig' }).title).toBe('Rückgängig (Strg+Z)');
  });
});
