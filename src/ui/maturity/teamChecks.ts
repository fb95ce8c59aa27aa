/**
 * The home list of maturity checks (pure): the device's checks, then the team
 * repository's checks this device does not hold yet (rows of kind `maturity` from
 * `GET /api/maps`; trashed ones left out), newest first.
 */
import type { CheckListEntry } from './CheckList';

/** The fields of a team row this list reads. */
export interface TeamCheckRow {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly createdAt: string;
  readonly trashed?: boolean;
}

export function withTeamChecks(
  device: readonly CheckListEntry[],
  team: readonly TeamCheckRow[] | null,
): CheckListEntry[] {
  const known = new Set(device.map((e) => e.id));
  const fromTeam = (team ?? [])
    .filter((r) => r.kind === 'maturity' && !r.trashed && !known.has(r.id))
    .map((r): CheckListEntry => ({ id: r.id, title: r.title, createdAt: r.createdAt, team: true }));
  if (fromTeam.length === 0) return [...device];
  return [...device, ...fromTeam].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  );
}
