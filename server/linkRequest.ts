/**
 * A request for a share link, read the same for map and workspace links: its role
 * and expiry from the JSON body, and the JSON answer once the link exists.
 */
import { isShareRole, type ShareRole } from './auth';
import { readExpiry } from './expiry';

/** What every share request body looks like (said in the errors). */
export const LINK_REQUEST_SHAPE =
  '{ "role": "edit" | "comment" | "view" | "facilitator", "expiresInHours"?: n }';

export interface LinkRequest {
  readonly role: ShareRole;
  readonly expiresAt?: Date;
}

export type LinkRequestResult =
  | { readonly ok: true; readonly link: LinkRequest }
  | { readonly ok: false; readonly error: 'bad-role' | 'bad-expiry'; readonly message: string };

/** The role and expiry of a parsed body, or the 400 error to answer with. */
export function readLinkRequest(body: unknown, now = Date.now()): LinkRequestResult {
  const { role, expiresInHours } = (body ?? {}) as { role?: unknown; expiresInHours?: unknown };
  if (!isShareRole(role))
    return {
      ok: false,
      error: 'bad-role',
      message: 'role must be "edit", "comment", "view" or "facilitator"',
    };
  const expiry = readExpiry(expiresInHours, now);
  if (!expiry.ok) return { ok: false, error: 'bad-expiry', message: expiry.message };
  return { ok: true, link: expiry.expiresAt ? { role, expiresAt: expiry.expiresAt } : { role } };
}

/** The JSON answer for a created link (`id` when the relay recorded it). */
export function linkAnswer(token: string, url: string, link: LinkRequest, id?: string) {
  const expiresAt = link.expiresAt?.toISOString() ?? null;
  return { token, url, role: link.role, expiresAt, ...(id ? { id } : {}) };
}
