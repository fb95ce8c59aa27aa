/** Share links as table rows, the same in SQLite and PostgreSQL (sqliteLinks.ts, pgLinks.ts). */
import type { ShareLinkRecord } from './types';

/** A stored link; PostgreSQL gives bigint columns as strings. */
export interface LinkRow {
  id: string;
  role: string;
  scope: string;
  room: string | null;
  generation: number;
  created_at: number | string;
  expires_at: number | string | null;
  revoked_at: number | string | null;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

export function linkRecord(r: LinkRow): ShareLinkRecord {
  return {
    id: r.id,
    role: r.role,
    scope: r.scope === 'workspace' ? 'workspace' : 'map',
    room: r.room,
    generation: r.generation,
    createdAt: Number(r.created_at),
    expiresAt: num(r.expires_at),
    revokedAt: num(r.revoked_at),
  };
}

/** The values of an INSERT of (id, role, scope, room, generation, created_at, expires_at, revoked_at). */
export function linkValues(link: ShareLinkRecord): unknown[] {
  return [
    link.id,
    link.role,
    link.scope,
    link.room,
    link.generation,
    link.createdAt,
    link.expiresAt,
    link.revokedAt,
  ];
}
