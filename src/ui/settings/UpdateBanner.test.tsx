import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../sw/register';
import { useLanguageStore } from '../i18n';
import { UpdateBanner } from './UpdateBanner';

describe('UpdateBanner', () => {
  it('announces a waiting version and activates it only when asked', async () => {
    useLanguageStore.getState().setLanguage('en');
    const posted: unknown[] = [];
    const waiting = { postMessage: (m: unknown) => posted.push(m), state: 'installed' };
    const registration = {
      waiting,
      addEventListener: vi.fn(),
      update: vi.fn(async () => undefined),
    };
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        controller: {},
        register: vi.fn(async () => registration),
        addEventListener: vi.fn(),
      },
    });
    render(<UpdateBanner />);
    expect(screen.queryByText('A new version is available.')).toBeNull();

    await act(() => registerServiceWorker({ force: true }));
    expect(screen.getByText('A new version is available.')).toBeTruthy();
    // nothing is activated behind the user's back
    expect(posted).toEqual([]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(posted).toEqual([{ type: 'SKIP_WAITING' }]));
  });
});
