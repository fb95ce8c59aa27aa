/**
 * What a token from a link says about itself, read on this device before any
 * connection. The relay still decides (it checks the signature); this only lets the
 * app know early which map a link is for and whether the board is read-only.
 *
 * Token format (server/auth.ts): share tokens are `v1.<base64url JSON>.<signature>`
 * with the payload `{ m: mapId, r: role, g: generation, x?: expiry in s }` (a workspace
 * link has `w: 1` instead of `m`: every map); every other token the relay accepts is its
 * admin token, which opens every map there.
 */
import type { ShareRole } from './share';
import type { SyncRole } from './status';

export type LinkToken =
  /** a share link: one map, one role */
  | {
      readonly kind: 'share';
      readonly mapId: string;
      readonly role: ShareRole;
      /** ms since the epoch, null = never */
      readonly expiresAt: number | null;
    }
  /** the relay's admin token: any map on that relay */
  | { readonly kind: 'admin' }
  /** a workspace link: every map on that relay, with one role */
  | {
      readonly kind: 'workspace';
      readonly role: ShareRole;
      /** ms since the epoch, null = never */
      readonly expiresAt: number | null;
    }
  /** looks like a share token but its payload does not read */
  | { readonly kind: 'unreadable' };

const SHARE_ROLES: readonly string[] = ['edit', 'view', 'facilitator', 'comment'];

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Reads a token's claims (unverified: only the relay can check the signature). */
export function readLinkToken(token: string): LinkToken {
  if (!token.startsWith('v1.')) return { kind: 'admin' };
  const parts = token.split('.');
  if (parts.length !== 3) return { kind: 'unreadable' };
  try {
    const p = JSON.parse(decodeBase64Url(parts[1]!)) as {
      m?: unknown;
      w?: unknown;
      r?: unknown;
      x?: unknown;
    };
    if (typeof p.r !== 'string' || !SHARE_ROLES.includes(p.r)) return { kind: 'unreadable' };
    if (p.w === 1)
      return {
        kind: 'workspace',
        role: p.r as ShareRole,
        expiresAt: typeof p.x === 'number' ? p.x * 1000 : null,
      };
    if (typeof p.m !== 'string') return { kind: 'unreadable' };
    return {
      kind: 'share',
      mapId: p.m,
      role: p.r as ShareRole,
      expiresAt: typeof p.x === 'number' ? p.x * 1000 : null,
    };
  } catch {
    return { kind: 'unreadable' };
  }
}

/**
 * The role `token` claims on map `mapId`: a share link's role for its own map, admin
 * for the admin token, null when it does not say (unreadable, or a link for another map).
 */
export function claimedRole(token: string, mapId: string): SyncRole | null {
  const link = readLinkToken(token);
  if (link.kind === 'admin') return 'admin';
  if (link.kind === 'workspace') return link.role;
  if (link.kind === 'share' && link.mapId === mapId) return link.role;
  return null;
}
