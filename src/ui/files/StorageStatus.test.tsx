import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMapDoc, updateMeta } from '../../doc';
import { standardTemplate } from '../../model/templates';
import { MemoryDocumentStore, openMapStorage } from '../../storage';
import { useLanguageStore } from '../../i18n';
import { StorageStatus } from './StorageStatus';

describe('StorageStatus', () => {
  it('shows a failed write as an alert and clears it once the retry stored the edit', async () => {
    useLanguageStore.getState().setLanguage('en');
    const documents = new MemoryDocumentStore();
    const doc = createMapDoc(standardTemplate('en', { title: 'Status' }));
    const storage = openMapStorage('status-map', doc, { documents, tabSync: false, retryMs: 400 });
    render(<StorageStatus storage={storage} />);
    await act(() => storage.whenLoaded);
    expect(screen.getByRole('status').textContent).toBe('Saved on this device');

    documents.failWrites(1);
    act(() => updateMeta(doc, { title: 'Edited' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not save/);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 3000 });
    expect(screen.getByRole('status').textContent).toBe('Saved on this device');
    storage.destroy();
  });
});
