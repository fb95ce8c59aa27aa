import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { standardTemplate } from '../../model/templates';
import { createLocalMap } from '../../storage';
import { freshIndexedDbBackend } from '../../storage/testBackend';
import { renderWithSession } from '../../session/testing';
import { useLanguageStore } from '../../i18n';
import { SettingsDialog } from '../settings/SettingsDialog';
import { VersionsPanel } from '../versions/VersionsPanel';
import { HomeScreen } from './HomeScreen';

// colour contrast needs real layout, which happy-dom has not
async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

beforeEach(() => {
  freshIndexedDbBackend();
});

describe('home, settings and versions accessibility (axe)', () => {
  for (const language of ['en', 'de'] as const) {
    it(`home screen with maps (${language})`, async () => {
      useLanguageStore.getState().setLanguage(language);
      await createLocalMap({
        ...standardTemplate('en', { title: 'Claims' }),
        tags: ['b2c'],
        persona: { name: 'Petra' },
      });
      const { container } = render(<HomeScreen onOpen={() => undefined} />);
      await screen.findByRole('heading', { name: 'Claims' });
      expect(await violations(container)).toEqual([]);
    });
  }

  it('home screen with an import error and a dialog open', async () => {
    useLanguageStore.getState().setLanguage('en');
    await createLocalMap(standardTemplate('en', { title: 'Claims' }));
    const user = userEvent.setup();
    const { container } = render(<HomeScreen onOpen={() => undefined} />);
    await screen.findByRole('heading', { name: 'Claims' });
    await user.upload(
      screen.getByTestId('import-input'),
      new File(['{"format":"journeymap"}'], 'x.journey.json'),
    );
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Create variant…' }));
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(await violations(container)).toEqual([]);
  });

  it('settings dialog', async () => {
    const { container } = render(<SettingsDialog open onClose={() => undefined} />);
    expect(await violations(container)).toEqual([]);
  });

  it('versions panel', async () => {
    const { container } = renderWithSession(<VersionsPanel mapId="panel-test" />);
    await screen.findByText('No named versions yet.');
    expect(await violations(container)).toEqual([]);
  });
});
