import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from '../storage';
import { giveTheBoardRoom } from '../ui/board/testing';
import { useLanguageStore } from '../i18n';
import { App } from './App';
import { navigate } from './router';

describe('subjourney links on the board', () => {
  it('links a phase to its subjourney, and the subjourney back to the phase', async () => {
    act(() => useLanguageStore.getState().setLanguage('en'));
    const parent = standardTemplate('en', { title: 'Car insurance' });
    const phase = parent.phases[2]!;
    const parentId = await createLocalMap(parent);
    const childId = await createLocalMap({
      ...standardTemplate('en', { title: 'Research in detail' }),
      parent: { mapId: parentId, phaseId: phase.id },
    });

    act(() => navigate(`/map/${parentId}`));
    // a pane with a size, as in a browser: the board renders the nodes in view
    giveTheBoardRoom();
    render(<App />);
    const header = await screen.findByRole(
      'link',
      { name: '↳ Research in detail' },
      { timeout: 10_000 },
    );
    // on the header of the phase the subjourney details
    expect(header.closest(`[data-header-id="${phase.id}"]`)).not.toBeNull();
    fireEvent.click(header);
    expect(window.location.pathname).toBe(`/map/${childId}`);

    const back = await screen.findByRole(
      'link',
      { name: `↰ Part of “Car insurance” › ${phase.name}` },
      { timeout: 10_000 },
    );
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /Part of/ })).toBe(back);
    fireEvent.click(back);
    expect(window.location.pathname).toBe(`/map/${parentId}`);
    expect(await screen.findByRole('heading', { name: 'Car insurance' })).toBeTruthy();
  });
});
