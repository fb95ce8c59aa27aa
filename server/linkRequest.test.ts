import { describe, expect, it } from 'vitest';
import { linkAnswer, readLinkRequest } from './linkRequest';

const NOW = Date.parse('2026-12-01T00:00:00Z');

describe('readLinkRequest', () => {
  it('reads the role and turns hours into an expiry date', () => {
    expect(readLinkRequest({ role: 'comment', expiresInHours: 2 }, NOW)).toEqual({
      ok: true,
      link: { role: 'comment', expiresAt: new Date('2026-12-01T02:00:00Z') },
    });
    expect(readLinkRequest({ role: 'view', expiresInHours: null }, NOW)).toEqual({
      ok: true,
      link: { role: 'view' },
    });
  });

  it('names the bad part: the role first, then the expiry', () => {
    for (const body of [null, 7, {}, { role: 'owner', expiresInHours: -1 }])
      expect(readLinkRequest(body, NOW)).toMatchObject({ ok: false, error: 'bad-role' });
    expect(readLinkRequest({ role: 'edit', expiresInHours: 0 }, NOW)).toMatchObject({
      ok: false,
      error: 'bad-expiry',
      message: expect.stringContaining('expiresInHours must be a number'),
    });
  });

  it('answers with the link, its role, expiry and id', () => {
    const link = { role: 'edit' as const, expiresAt: new Date('2027-01-01T00:00:00Z') };
    expect(linkAnswer('tok', 'http://x/?t=tok', link, 'l1')).toEqual({
      token: 'tok',
      url: 'http://x/?t=tok',
      role: 'edit',
      expiresAt: '2027-01-01T00:00:00.000Z',
      id: 'l1',
    });
    expect(linkAnswer('tok', 'u', { role: 'view' })).toEqual({
      token: 'tok',
      url: 'u',
      role: 'view',
      expiresAt: null,
    });
  });
});
