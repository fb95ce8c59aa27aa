import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestSession } from '../../session/testing';
import { useSettings } from '../settings/useSettings';
import { FakeAwareness, renderInWorkshop } from './testing';
import { WorkshopBar } from './WorkshopBar';

const lea = { id: 'lea', name: 'Lea Berg', color: '#117a65', role: 'editor' };
const max = { id: 'max', name: 'Max', color: '#c0392b', role: 'viewer' };

beforeEach(() => {
  // the relay clock asks /api/time; answer like a relay would
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ now: Date.now() })));
  useSettings.setState({ displayName: '' });
  localStorage.setItem('journeyboard.workshop.joined', '1');
});

afterEach(() => vi.unstubAllGlobals());

describe("who's here", () => {
  it('lists me and every other person once, with role, and follows on click', async () => {
    const awareness = new FakeAwareness(1);
    awareness.setState(2, { user: lea, cursor: { x: 1, y: 2 } });
    awareness.setState(3, { user: max });
    awareness.setState(4, { user: { ...lea } }); // Lea's second tab
    awareness.setState(5, { cursor: { x: 0, y: 0 } }); // not joined yet: no user
    awareness.setState(6, {
      user: { id: 'user-ada', name: 'Ada', color: '#3366ff', role: 'facilitator' },
    }); // my other tab
    const { ui } = renderInWorkshop(<WorkshopBar />, createTestSession(), {
      awareness,
      role: 'admin',
    });

    const list = screen.getByRole('list', { name: 'People in this workshop' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain('Ada (you), facilitator');
    const follow = within(list).getByRole('button', { name: /Lea Berg, editor — Follow Lea Berg/ });
    expect(within(list).getByRole('button', { name: /Max, viewer/ })).toBeTruthy();
    expect(follow.textContent).toBe('LB');

    await userEvent.click(follow);
    expect(ui.getState().cameraFollows).toBe('lea');
    expect(
      within(list)
        .getByRole('button', { name: /Stop following Lea Berg/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // my own presence carries what I follow and select
    act(() => ui.getState().selectCards(['p1']));
    await waitFor(() =>
      expect(awareness.getLocalState()).toMatchObject({
        follow: 'lea',
        selection: ['p1'],
        user: { id: 'user-ada', role: 'facilitator' },
      }),
    );

    // Max leaves
    act(() => awareness.setState(3, null));
    await waitFor(() => expect(within(list).queryByRole('button', { name: /Max/ })).toBeNull());
  });

  it('folds a big room into "+n" and shows everyone on request', async () => {
    const awareness = new FakeAwareness(1);
    for (let i = 0; i < 30; i++)
      awareness.setState(10 + i, {
        user: {
          id: `u${i}`,
          name: `Person ${String(i).padStart(2, '0')}`,
          color: '#1f618d',
          role: 'editor',
        },
      });
    renderInWorkshop(<WorkshopBar />, createTestSession(), { awareness, role: 'edit' });
    const list = screen.getByRole('list', { name: 'People in this workshop' });
    expect(within(list).getAllByRole('button', { name: /Follow Person/ })).toHaveLength(12);
    await userEvent.click(within(list).getByRole('button', { name: '+18' }));
    expect(within(list).getAllByRole('button', { name: /Follow Person/ })).toHaveLength(30);
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Ada (you), editor');
  });

  it('asks for a name on first join and publishes it', async () => {
    localStorage.removeItem('journeyboard.workshop.joined');
    const awareness = new FakeAwareness(1);
    renderInWorkshop(<WorkshopBar />, createTestSession(), { awareness, role: 'edit' });
    const dialog = screen.getByRole('dialog', { name: 'Join the workshop' });
    const input = within(dialog).getByLabelText<HTMLInputElement>(/Your name/);
    expect(input.value).toBe('');
    await userEvent.type(input, 'Ada Lovelace');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Join' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(awareness.getLocalState()).toMatchObject({
        user: { name: 'Ada Lovelace', role: 'editor' },
      }),
    );
    expect(localStorage.getItem('journeyboard.workshop.joined')).toBe('1');
    expect(useSettings.getState().displayName).toBe('Ada Lovelace');
  });
});
