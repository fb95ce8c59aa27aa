import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWorkshopTimer } from '../../doc/workshop';
import { useLanguageStore } from '../../i18n';
import { MapSessionProvider } from '../../session/MapSession';
import { createTestSession } from '../../session/testing';
import { useChime } from './chime';
import { TimerControl } from './TimerControl';
import { WorkshopProvider } from './WorkshopContext';

let chimes = 0;
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  constructor() {
    chimes++;
  }
  createGain() {
    const param = { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} };
    return { gain: param, connect: () => {} };
  }
  createOscillator() {
    return {
      type: '',
      frequency: { value: 0 },
      connect: () => {},
      start: () => {},
      stop: () => {},
    };
  }
  close() {
    return Promise.resolve();
  }
}

beforeEach(() => {
  chimes = 0;
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ now: Date.now() })));
  vi.stubGlobal('AudioContext', FakeAudioContext);
  useLanguageStore.getState().setLanguage('en');
  useChime.getState().setMuted(false);
});
afterEach(() => vi.unstubAllGlobals());

function renderTimer() {
  const session = createTestSession();
  render(
    <MapSessionProvider session={session}>
      <WorkshopProvider
        connection={{ awareness: null, role: 'admin', relayUrl: 'http://127.0.0.1:9' }}
      >
        <TimerControl />
      </WorkshopProvider>
    </MapSessionProvider>,
  );
  return session;
}

describe('the timer’s end', () => {
  it('is seen (red), heard (a chime) and announced', async () => {
    const session = renderTimer();
    act(() => startWorkshopTimer(session.doc, 600, Date.now()));
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('');
    await waitFor(() => expect(status.textContent).toBe('Time is up'), { timeout: 5000 });
    expect(screen.getByRole('group', { name: 'Timer' }).className).toContain('jb-ws-ended');
    expect(chimes).toBe(1);
  });

  it('stays silent when muted, and remembers the choice on this device', async () => {
    const session = renderTimer();
    act(() => startWorkshopTimer(session.doc, 600, Date.now()));
    const mute = await screen.findByRole('button', { name: 'Mute the chime at the end' });
    await userEvent.setup().click(mute);
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('journeyboard.workshop.chime')).toContain('"muted":true');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Time is up'), { timeout: 5000 });
    expect(chimes).toBe(0);
  });
});
