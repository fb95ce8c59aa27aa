import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { standardTemplate } from '../../model/templates';
import { createLocalMap, type StorageBackend } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { useLanguageStore } from '../../i18n';
import { HomeScreen } from './HomeScreen';

let backend: StorageBackend;
let downloads: string[];
beforeEach(() => {
  backend = freshIndexedDbBackend();
  useLanguageStore.getState().setLanguage('en');
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

const templates = async () =>
  (await backend.catalog.list()).filter((e) => e.kind === 'template').map((e) => e.title);

describe('Save as template', () => {
  it('asks first: cancel downloads and keeps nothing; confirm saves and downloads', async () => {
    await createLocalMap(standardTemplate('en', { title: 'Onboarding' }));
    const user = userEvent.setup();
    render(<HomeScreen onOpen={vi.fn()} />);
    const save = await screen.findByRole('button', { name: 'Save as template' });

    await user.click(save);
    const dialog = screen.getByRole('dialog', { name: 'Save as template' });
    expect(dialog.textContent).toContain('Save “Onboarding” as a template?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads).toEqual([]);
    expect(await templates()).toEqual([]);

    await user.click(save);
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Save and download' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatch(/\.journey-template\.json$/);
    expect(await templates()).toHaveLength(1);
  });
});
