import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestSession } from '../../session/testing';
import { useLanguageStore } from '../../i18n';
import type { MapSession } from '../../session/MapSession';
import { CardWorkshopOverlay } from './CardWorkshopOverlay';
import { createUiStore, type UiStore } from '../../session/uiStore';
import { WorkshopScreen } from './testing';
import type { RelayRole } from '../../model/workshop/presence';

beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ now: Date.now() })));
  useLanguageStore.getState().setLanguage('en');
});
afterEach(() => vi.unstubAllGlobals());

/** One person's screen: the workshop bar and the overlays of two cards. */
function Screen({ session, role, ui }: { session: MapSession; role: RelayRole; ui?: UiStore }) {
  return (
    <WorkshopScreen session={session} role={role} {...(ui ? { ui } : {})}>
      <div data-testid="card-o1">
        <CardWorkshopOverlay cardId="o1" />
      </div>
    </WorkshopScreen>
  );
}

describe('dot vote UI', () => {
  it('runs a vote from start to reveal: budget, hidden dots, totals on the cards', async () => {
    const facilitatorSession = createTestSession();
    // the participant works on the same document (as after sync) under another name
    const participantSession: MapSession = {
      ...facilitatorSession,
      user: { id: 'lea', name: 'Lea', color: '#117a65' },
    };
    const fac = within(render(<Screen session={facilitatorSession} role="admin" />).container);
    const leaUi = createUiStore();
    const lea = within(
      render(<Screen session={participantSession} role="edit" ui={leaUi} />).container,
    );
    const user = userEvent.setup();

    expect(lea.queryByRole('button', { name: 'Start vote' })).toBeNull();
    expect(fac.getByLabelText(/Vote on/)).toHaveProperty('value', 'painPoints');
    const dots = fac.getByLabelText(/Dots per person/);
    await user.clear(dots);
    await user.type(dots, '2');
    await user.click(fac.getByRole('button', { name: 'Start vote' }));

    await waitFor(() =>
      expect(lea.getByText(/Voting on Pain points: 2 of 2 dots left/)).toBeTruthy(),
    );
    // only cards of the voted lane type get dots
    expect(
      within(lea.getByTestId('card-o1')).queryByRole('button', { name: 'Add a dot' }),
    ).toBeNull();
    const card = within(lea.getByTestId('card-p1'));
    await user.click(card.getByRole('button', { name: 'Add a dot' }));
    await user.click(card.getByRole('button', { name: 'Add a dot' }));
    await user.click(card.getByRole('button', { name: 'Add a dot' })); // over budget: refused
    // …and said so, not a silent no-op
    expect(
      leaUi
        .getState()
        .notices.getState()
        .notices.map((n) => n.text),
    ).toContain('You have used all your dots.');
    expect(lea.getByText(/0 of 2 dots left/)).toBeTruthy();
    expect(card.getByLabelText('Your dots: 2')).toBeTruthy();
    await user.click(card.getByRole('button', { name: 'Take a dot back' }));
    expect(card.getByLabelText('Your dots: 1')).toBeTruthy();
    await user.click(card.getByRole('button', { name: 'Add a dot' }));

    // hidden until reveal: the facilitator sees a ballot came in, not where
    expect(fac.getByText('Ballots: 1')).toBeTruthy();
    expect(within(fac.getByTestId('card-p1')).getByLabelText('Your dots: 0')).toBeTruthy();
    expect(fac.queryByText('2 dots')).toBeNull();
    expect(lea.queryByRole('button', { name: 'Reveal' })).toBeNull();

    await user.click(fac.getByRole('button', { name: 'Reveal' }));
    for (const view of [fac, lea]) {
      expect(within(view.getByTestId('card-p1')).getByText('2 dots')).toBeTruthy();
      const results = view.getByRole('region', { name: 'Results' });
      expect(results.textContent).toContain('Email verification is slow');
      expect(results.textContent).toContain('2 dots');
    }
    expect(
      within(lea.getByTestId('card-p1')).queryByRole('button', { name: 'Add a dot' }),
    ).toBeNull();
    const p1 = facilitatorSession.store.getSnapshot().cards.get('p1');
    expect(p1?.votes).toBe(2);
    expect(p1?.votesBy).toEqual({ lea: 2 });

    await user.click(fac.getByRole('button', { name: 'End vote' }));
    expect(lea.queryByRole('region', { name: 'Results' })).toBeNull();
    expect(facilitatorSession.store.getSnapshot().cards.get('p1')?.votes).toBe(2);
  });
});
