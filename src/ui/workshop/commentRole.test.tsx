// A comment link's board: comments and dots, no editing; a view link is not offered dots.
import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVote } from '../../doc/workshop';
import { exportMap } from '../../doc';
import { useLanguageStore } from '../../i18n';
import { createTestSession } from '../../session/testing';
import type { MapSession } from '../../session/MapSession';
import type { RelayRole } from '../../model/workshop/presence';
import { CommentsSection } from '../panels/CommentsSection';
import { WorkshopScreen } from './testing';

beforeEach(() => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ now: Date.now() })));
});
afterEach(() => vi.unstubAllGlobals());

function Screen({ session, role }: { session: MapSession; role: RelayRole }) {
  return (
    <WorkshopScreen session={session} role={role}>
      <CommentsSection cardId="p1" comments={[]} run={(fn) => (fn(), true)} />
    </WorkshopScreen>
  );
}

function sessionAs(reason: 'comment' | 'view'): MapSession {
  const session = createTestSession();
  startVote(session.doc, { laneType: 'painPoints', dotsPerPerson: 3, startedBy: 'f', now: 1 });
  return { ...session, readOnly: true, readOnlyReason: reason };
}

describe('comment and view links on the board', () => {
  for (const language of ['en', 'de'] as const) {
    it(`a commenter comments and casts dots (${language})`, async () => {
      useLanguageStore.getState().setLanguage(language);
      const session = sessionAs('comment');
      const screen = within(render(<Screen session={session} role="comment" />).container);
      const user = userEvent.setup();
      const dots = language === 'en' ? /3 of 3 dots left/ : /noch 3 von 3 Punkten/;
      await waitFor(() => expect(screen.getByText(dots)).toBeTruthy());
      const card = within(screen.getByTestId('card-p1'));
      await user.click(
        card.getByRole('button', { name: language === 'en' ? 'Add a dot' : 'Punkt vergeben' }),
      );
      await user.type(screen.getByRole('textbox'), 'Looks slow to me');
      await user.click(screen.getByRole('button', { name: /Add comment|Kommentar/ }));
      const p1 = exportMap(session.doc).cards.find((c) => c.id === 'p1');
      expect(p1?.comments?.map((c) => c.text)).toEqual(['Looks slow to me']);
    });
  }

  it('a view link sees the vote running but is offered neither dots nor comments', async () => {
    useLanguageStore.getState().setLanguage('en');
    const screen = within(render(<Screen session={sessionAs('view')} role="view" />).container);
    await waitFor(() => expect(screen.getByText(/cannot cast dots/)).toBeTruthy());
    expect(screen.queryByText(/dots left/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a dot' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
