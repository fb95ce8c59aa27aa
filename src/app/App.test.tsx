import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { standardTemplate } from '../model/templates';
import { createLocalMap, type StorageBackend } from '../storage';
import { freshIndexedDbBackend } from '../storage/testBackend';
import { useLanguageStore } from '../i18n';
import { App } from './App';
import { navigate } from './router';

let backend: StorageBackend;
beforeEach(() => {
  backend = freshIndexedDbBackend();
  act(() => useLanguageStore.getState().setLanguage('en'));
});

const drop = (target: Element, map: unknown) =>
  fireEvent.drop(target, {
    dataTransfer: { files: [new File([JSON.stringify(map)], 'x.journey.json')], types: ['Files'] },
  });

describe('drag and drop anywhere', () => {
  it('imports a file dropped on the board as a new map and keeps the board open', async () => {
    const id = await createLocalMap(standardTemplate('en', { title: 'Open board' }));
    act(() => navigate(`/map/${id}`));
    render(<App />);
    const board = await screen.findByRole(
      'main',
      { name: 'Journey map board' },
      { timeout: 10_000 },
    );
    const dropped = standardTemplate('en', { title: 'Dropped file' });
    expect(drop(board, dropped)).toBe(false); // false: the page cancelled the browser's default
    // the import loads its own chunk: under a loaded CI machine this can take seconds
    expect(
      await screen.findByText('Imported “Dropped file”.', {}, { timeout: 15_000 }),
    ).toBeTruthy();
    await waitFor(
      async () =>
        expect(await backend.catalog.get(dropped.id)).toMatchObject({ title: 'Dropped file' }),
      { timeout: 5000 },
    );
    expect(screen.getByRole('heading', { name: 'Open board' })).toBeTruthy();
    expect(window.location.pathname).toBe(`/map/${id}`);
  });

  it('imports a file dropped on the home screen once, reported in its list', async () => {
    act(() => navigate('/'));
    render(<App />);
    await screen.findByText(/No maps yet/, {}, { timeout: 15_000 }); // its chunk loads first
    const dropped = standardTemplate('en', { title: 'Dropped at home' });
    drop(screen.getByRole('main'), dropped);
    const rows = async () =>
      (await backend.catalog.list()).filter((e) => e.title === 'Dropped at home');
    await waitFor(async () => expect(await rows()).toHaveLength(1), { timeout: 5000 });
    expect(await screen.findAllByText('Imported “Dropped at home”.')).toHaveLength(1);
    // a second handler would have imported it again, as a copy
    expect(screen.queryByText(/as a copy with a new id/)).toBeNull();
    expect(await rows()).toHaveLength(1);
  });
});
