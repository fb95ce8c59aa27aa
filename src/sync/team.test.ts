// Workspace links as the device reads them, against tokens the relay's own code makes.
import { describe, expect, it } from 'vitest';
import { createWorkspaceToken } from '../../server/auth';
import { claimedRole, readLinkToken } from './links';

describe('workspace links on the device', () => {
  it('reads role and expiry, and claims the role for every map', () => {
    const expires = new Date(Date.UTC(2031, 5, 1));
    const token = createWorkspaceToken('secret', 'facilitator', 2, expires);
    expect(readLinkToken(token)).toEqual({
      kind: 'workspace',
      role: 'facilitator',
      expiresAt: expires.getTime(),
    });
    const view = createWorkspaceToken('secret', 'view', 0);
    expect(claimedRole(view, 'any-map')).toBe('view');
    expect(claimedRole(view, 'another-map')).toBe('view');
  });
});
