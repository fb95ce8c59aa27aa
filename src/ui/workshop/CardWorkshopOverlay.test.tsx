import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLaneLock, setMapLock, startWorkshopTimer } from '../../doc/workshop';
import type { RelayRole } from '../../model/workshop/presence';
import { useLanguageStore } from '../../i18n';
import { createTestSession } from '../../session/testing';
import {
  MapSessionProvider,
  useLaneReadOnly,
  useMapSession,
  type MapSession,
} from '../../session/MapSession';
import { CardWorkshopOverlay } from './CardWorkshopOverlay';
import { useCanEdit } from './hooks';
import { FakeAwareness } from './testing';
import { TimerControl } from './TimerControl';
import { WorkshopProvider } from './WorkshopContext';

/** The relay's clock runs this far ahead of the test's local clock. */
const RELAY_SKEW = 7 * 60_000;

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    async () => new Response(JSON.stringify({ now: Date.now() + RELAY_SKEW })),
  );
  useLanguageStore.getState().setLanguage('en');
});
afterEach(() => vi.unstubAllGlobals());

function CanEdit({ laneId }: { laneId?: string }) {
  return <span data-testid={`can-${laneId ?? 'map'}`}>{String(useCanEdit(laneId))}</span>;
}

/** What the canvas and panels see: the session below the workshop, with the locks applied. */
function SessionSees() {
  const session = useMapSession();
  const lane = useLaneReadOnly('ln-p');
  return (
    <span data-testid="session">
      {`${String(session.readOnly)}:${session.readOnlyReason ?? '-'}:${String(lane)}`}
    </span>
  );
}

function Screen({
  session,
  role,
  awareness,
}: {
  session: MapSession;
  role: RelayRole;
  awareness: FakeAwareness;
}) {
  return (
    <MapSessionProvider session={session}>
      <WorkshopProvider connection={{ awareness, role, relayUrl: 'http://relay.test' }}>
        <div data-testid="card-p1">
          <CardWorkshopOverlay cardId="p1" />
        </div>
        <CanEdit laneId="ln-p" />
        <CanEdit laneId="ln-t" />
        <CanEdit />
        <SessionSees />
        <TimerControl />
      </WorkshopProvider>
    </MapSessionProvider>
  );
}

describe('card overlay, locks and timer', () => {
  it('outlines a card another person edits, with their name and colour', async () => {
    const awareness = new FakeAwareness(1);
    render(<Screen session={createTestSession()} role="edit" awareness={awareness} />);
    const card = within(screen.getByTestId('card-p1'));
    expect(card.queryByTestId('remote-card-outline')).toBeNull();
    act(() =>
      awareness.setState(2, {
        user: { id: 'lea', name: 'Lea', color: '#117a65', role: 'editor' },
        editing: 'p1',
        selection: ['p1'],
      }),
    );
    await waitFor(() => expect(card.getByText('Lea is editing')).toBeTruthy());
    expect(card.getByTestId('remote-card-outline').style.borderColor).toBe('#117a65');
    act(() =>
      awareness.setState(2, { user: { id: 'lea', name: 'Lea', color: '#117a65', role: 'editor' } }),
    );
    await waitFor(() => expect(card.queryByTestId('remote-card-outline')).toBeNull());
  });

  it('lets editors edit until a lane or the map is locked; facilitators always', () => {
    const session = createTestSession();
    const { unmount } = render(
      <Screen session={session} role="edit" awareness={new FakeAwareness(1)} />,
    );
    expect(screen.getByTestId('can-ln-p').textContent).toBe('true');
    expect(screen.getByTestId('session').textContent).toBe('false:-:false');
    act(() => setLaneLock(session.doc, 'ln-p', true));
    expect(screen.getByTestId('can-ln-p').textContent).toBe('false');
    expect(screen.getByTestId('session').textContent).toBe('false:-:true');
    expect(screen.getByTestId('can-ln-t').textContent).toBe('true');
    expect(
      within(screen.getByTestId('card-p1')).getByRole('img', { name: 'Locked by the facilitator' }),
    ).toBeTruthy();
    act(() => setMapLock(session.doc, true));
    expect(screen.getByTestId('can-ln-t').textContent).toBe('false');
    expect(screen.getByTestId('can-map').textContent).toBe('false');
    expect(screen.getByTestId('session').textContent).toBe('true:locked:true');
    unmount();
    render(<Screen session={session} role="facilitator" awareness={new FakeAwareness(1)} />);
    expect(screen.getByTestId('can-ln-p').textContent).toBe('true');
    expect(screen.getByTestId('session').textContent).toBe('false:-:false');
  });

  it('shows the countdown in relay time although the local clock is 7 minutes behind', async () => {
    const session = createTestSession();
    render(<Screen session={session} role="view" awareness={new FakeAwareness(1)} />);
    // the facilitator (elsewhere, synced to the relay) started 5 minutes at relay time now
    act(() => startWorkshopTimer(session.doc, 5 * 60_000, Date.now() + RELAY_SKEW));
    await waitFor(() => expect(screen.getByRole('timer').textContent).toMatch(/^(5:00|4:59)$/));
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('lets a facilitator start and pause the timer', async () => {
    const session = createTestSession();
    render(<Screen session={session} role="admin" awareness={new FakeAwareness(1)} />);
    const user = userEvent.setup();
    const minutes = screen.getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '2');
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(screen.getByRole('timer').textContent).toMatch(/^(2:00|1:59)$/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '+1 min' }));
    expect(screen.getByRole('timer').textContent).toMatch(/^(3:00|2:59)$/);
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.queryByRole('timer')).toBeNull();
  });
});
