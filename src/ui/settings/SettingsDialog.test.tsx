import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLanguageStore } from '../../i18n';
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

  it('keeps a typed name when the dialog is left with Escape or a click outside', async () => {
    useLanguageStore.getState().setLanguage('en');
    const user = userEvent.setup();
    const onClose = vi.fn();
    const { unmount } = render(<SettingsDialog open onClose={onClose} />);
    const name = screen.getByLabelText('Display name');
    await user.clear(name);
    await user.type(name, 'Grace Hopper');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(useSettings.getState().displayName).toBe('Grace Hopper');
    unmount();

    render(<SettingsDialog open onClose={onClose} />);
    const again = screen.getByLabelText('Display name');
    expect((again as HTMLInputElement).value).toBe('Grace Hopper');
    await user.type(again, ' B.');
    fireEvent.mouseDown(document.querySelector('.jb-modal-backdrop')!);
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(useSettings.getState().displayName).toBe('Grace Hopper B.');
  });
});

describe('SettingsDialog storage', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('shows whether storage is persistent and asks the browser when the user wants it', async () => {
    useLanguageStore.getState().setLanguage('en');
    let granted = false;
    const persist = vi.fn(async () => (granted = true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => granted, persist },
    });
    render(<SettingsDialog open onClose={() => undefined} />);
    const section = screen.getByRole('region', { name: 'Storage on this device' });
    await waitFor(() => expect(section.textContent).toMatch(/Not persistent/));
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Ask the browser to keep my maps' }));
    await waitFor(() => expect(section.textContent).toMatch(/^Storage on this devicePersistent/));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep my maps' })).toBeNull();
  });
});
