import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLanguageStore } from '../i18n';
import { SettingsDialog } from './SettingsDialog';
import { useSettings } from './useSettings';

describe('SettingsDialog', () => {
  it('changes name, colour and language; the user id stays and everything is remembered', async () => {
    useLanguageStore.getState().setLanguage('en');
    const user = userEvent.setup();
    const id = useSettings.getState().userId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    render(<SettingsDialog open onClose={() => undefined} />);

    const name = screen.getByLabelText('Display name');
    await user.clear(name);
    await user.type(name, '  Ada Lovelace {Enter}');
    await user.click(screen.getByRole('radio', { name: 'Colour #00798c' }));
    await user.selectOptions(screen.getByLabelText('Language'), 'de');

    expect(useSettings.getState()).toMatchObject({
      userId: id,
      displayName: 'Ada Lovelace',
      color: '#00798c',
    });
    expect(useLanguageStore.getState().language).toBe('de');
    expect(screen.getByRole('heading', { name: 'Einstellungen' })).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem('journeyboard.settings') ?? '{}') as {
      state?: object;
    };
    expect(stored.state).toEqual({ userId: id, displayName: 'Ada Lovelace', color: '#00798c' });
  });
});
