/**
 * Test helper for the whole-app tests: each test starts in English with the test hook
 * installed and ends back on the home route with no device relay login.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useLanguageStore } from '../i18n';
import { setDeviceConnection } from '../storage/connection';
import { navigate } from './router';
import { installTestHook } from './testHook';

export function resetAppAroundEachTest(): void {
  beforeEach(async () => {
    act(() => useLanguageStore.getState().setLanguage('en'));
    (window as Window).__JOURNEYBOARD_TEST__ = true;
    await installTestHook();
  });
  afterEach(() => {
    setDeviceConnection(null);
    act(() => navigate('/'));
  });
}
