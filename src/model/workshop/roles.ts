/** Workshop roles: what the relay grants a connection, and how the workshop treats it. */

/** What the relay grants a connection (server/auth.ts). */
export type RelayRole = 'admin' | 'facilitator' | 'edit' | 'comment' | 'view';

/** How the workshop treats a person: the admin token and facilitator links facilitate. */
/** `commenter`: a comment link — reads, comments and casts dots, edits nothing. */
export type WorkshopRole = 'facilitator' | 'editor' | 'commenter' | 'viewer';

export const WORKSHOP_ROLES: readonly WorkshopRole[] = [
  'facilitator',
  'editor',
  'commenter',
  'viewer',
];

/**
 * The workshop role of a relay role. Without a relay (a local map) the owner
 * facilitates. Connected but not yet told (`null` while `connected`): editor, so
 * an edit link works offline at once and facilitator controls wait for the relay.
 */
export function workshopRoleOf(
  role: RelayRole | null | undefined,
  connected = false,
): WorkshopRole {
  switch (role) {
    case 'admin':
    case 'facilitator':
      return 'facilitator';
    case 'edit':
      return 'editor';
    case 'comment':
      return 'commenter';
    case 'view':
      return 'viewer';
    case null:
    case undefined:
      return connected ? 'editor' : 'facilitator';
  }
}
