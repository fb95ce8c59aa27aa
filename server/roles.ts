/**
 * What each role may do, one entry per role: a new role (e.g. `comment`) is one line
 * here plus its name in auth.ts SHARE_ROLES.
 */
import type { Role } from './auth';

export interface Abilities {
  /** change map documents (and publish new maps to the relay) */
  readonly write: boolean;
  /** move maps to the relay's trash and back */
  readonly trash: boolean;
  /** make and revoke workspace links */
  readonly manageWorkspace: boolean;
}

export const ABILITIES: Readonly<Record<Role, Abilities>> = {
  view: { write: false, trash: false, manageWorkspace: false },
  comment: { write: false, trash: false, manageWorkspace: false },
  edit: { write: true, trash: false, manageWorkspace: false },
  facilitator: { write: true, trash: true, manageWorkspace: false },
  admin: { write: true, trash: true, manageWorkspace: true },
};

export function can(role: Role, ability: keyof Abilities): boolean {
  return ABILITIES[role][ability];
}
