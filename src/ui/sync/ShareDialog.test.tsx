import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListedLink, ShareLink, ShareRole } from '../../sync/share';
import { ShareApiError } from '../../sync/share';
import { useLanguageStore } from '../../i18n';
import { ShareDialog } from './ShareDialog';

type Call = { relay: string; mapId: string; admin: string; role: ShareRole; hours?: number };

/** Stands in for the relay's share API, recording what the dialog asked for. */
function fakeApi(fail?: Error) {
  const created: Call[] = [];
  const revoked: string[] = [];
  let listed: ListedLink[] = [];
  return {
    created,
    revoked,
    listLinks: async () => listed,
    revokeLink: async (_relay: string, id: string) => {
      listed = listed.filter((l) => l.id !== id);
    },
    createLink: async (
      relay: string,
      mapId: string,
      admin: string,
      role: ShareRole,
      hours?: number,
    ): Promise<ShareLink> => {
      if (fail) throw fail;
      created.push({ relay, mapId, admin, role, hours });
      listed = [
        ...listed,
        {
          id: `id-${created.length}`,
          role,
          scope: 'map',
          mapId,
          createdAt: new Date(Date.UTC(2026, 10, 22, 12, created.length)).toISOString(),
          expiresAt: null,
        },
      ];
      return {
        token: `tok-${role}`,
        url: `http://relay.test/map/${mapId}?t=tok-${role}`,
        role,
        expiresAt: hours
          ? new Date(Date.UTC(2026, 10, 22, 12) + hours * 3_600_000).toISOString()
          : null,
      };
    },
    revokeLinks: async (_relay: string, mapId: string) => {
      revoked.push(mapId);
      listed = [];
      return { generation: 1 };
    },
  };
}

afterEach(() => useLanguageStore.getState().setLanguage('en'));

function open(
  api: ReturnType<typeof fakeApi>,
  onClose = () => {},
  by: 'admin' | 'facilitator' = 'admin',
) {
  return render(
    <ShareDialog
      relayUrl="ws://relay.test"
      mapId="m1"
      token={by === 'admin' ? 'admin' : 'fac-token'}
      by={by}
      onClose={onClose}
      createLink={api.createLink}
      revokeLinks={api.revokeLinks}
      listLinks={api.listLinks}
      revokeLink={api.revokeLink}
    />,
  );
}

describe('ShareDialog', () => {
  it('creates a view link that expires in 7 days and copies it', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    open(api);
    expect(screen.getByRole('dialog', { name: 'Share this map' })).toBeTruthy();
    // focus starts on the first choice
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Edit/ }));
    await user.click(screen.getByRole('radio', { name: /View/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Expires' }), 'after 7 days');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    const field = (await screen.findByRole('textbox', { name: 'View link' })) as HTMLInputElement;
    expect(api.created).toEqual([
      { relay: 'ws://relay.test', mapId: 'm1', admin: 'admin', role: 'view', hours: 168 },
    ]);
    expect(field.value).toBe('http://relay.test/map/m1?t=tok-view');
    expect(screen.getByText(/^Valid until/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('http://relay.test/map/m1?t=tok-view');
    expect(screen.getByRole('status').textContent).toBe('Copied to the clipboard');
  });

  it('facilitator links without expiry', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    open(api);
    await user.click(screen.getByRole('radio', { name: /Facilitator/ }));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await screen.findByRole('textbox', { name: 'Facilitator link' });
    expect(api.created[0]).toMatchObject({ role: 'facilitator', hours: undefined });
    expect(screen.getByText('Does not expire')).toBeTruthy();
  });

  it('lists every active link; a second link keeps the first; one link is revoked alone', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    open(api);
    expect(await screen.findByText('No link opens this map yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await screen.findByText('1 active link');
    await user.click(screen.getByRole('radio', { name: /Comment/ }));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await screen.findByText('2 active links');
    const rows = () => screen.getAllByTestId('share-link-row').map((r) => r.textContent ?? '');
    expect(rows()[0]).toMatch(/^Edit · this map · created .+ · Does not expire/);
    expect(rows()[1]).toMatch(/^Comment · this map/);
    await user.click(screen.getByRole('button', { name: /Revoke: Edit, this map/ }));
    await screen.findByText('1 active link');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toMatch(/^Comment/);
    expect(screen.getByText(/The Edit link is revoked/)).toBeTruthy();
  });

  it('with a facilitator link: edit, comment and view links only, no revoking', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    open(api, () => {}, 'facilitator');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual([
      'edit',
      'comment',
      'view',
    ]);
    expect(screen.queryByRole('button', { name: 'Revoke all links…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await screen.findByRole('textbox', { name: 'Edit link' });
    expect(api.created[0]).toMatchObject({ admin: 'fac-token', role: 'edit' });
  });

  it('shows a refusal as an alert', async () => {
    const user = userEvent.setup();
    open(fakeApi(new ShareApiError(401, 'unauthorized', 'admin token required')));
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not create the link: admin token required',
      ),
    );
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('revokes all links only after a confirmation', async () => {
    const api = fakeApi();
    const user = userEvent.setup();
    open(api);
    await user.click(screen.getByRole('button', { name: 'Revoke all links…' }));
    expect(api.revoked).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Revoke every link of this map' }));
    await waitFor(() => expect(api.revoked).toEqual(['m1']));
    expect(screen.getByRole('status').textContent).toContain('All links of this map are revoked');
  });

  it('closes with Escape and speaks German', async () => {
    useLanguageStore.getState().setLanguage('de');
    let closed = 0;
    const user = userEvent.setup();
    open(fakeApi(), () => closed++);
    expect(screen.getByRole('dialog', { name: 'Diese Map teilen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Link erstellen' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(closed).toBe(1);
  });
});
