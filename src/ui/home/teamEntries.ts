/**
 * One home list from the device's catalog and the team repository (pure): each entry
 * says where the map lives, and which actions its row offers for the login's role.
 */
import { isMapRow } from '../../model/catalogRow';
import type { MapKind } from '../../model/types';
import type { CatalogEntry } from '../../storage';
import type { TeamRow } from '../../sync';
import type { RowAction } from './MapRow';

export type Where = 'device' | 'team' | 'both';

export type HomeEntry = CatalogEntry & {
  readonly where: Where;
  /** in the relay's trash */
  readonly teamTrashed: boolean;
  /** in this device's trash */
  readonly deviceTrashed: boolean;
};

/** Roles that may change maps on the relay, and those that may trash them there. */
const WRITERS = new Set(['edit', 'facilitator', 'admin']);
const TRASHERS = new Set(['facilitator', 'admin']);

function entryFromTeam(row: TeamRow & { readonly kind: MapKind }): CatalogEntry {
  const searchText = [row.title, ...row.tags, row.personaName ?? '', row.owner ?? '']
    .join('\n')
    .toLowerCase();
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    ...(row.personaName ? { personaName: row.personaName } : {}),
    tags: row.tags,
    ...(row.state ? { state: row.state } : {}),
    ...(row.language ? { language: row.language } : {}),
    ...(row.owner ? { owner: row.owner } : {}),
    cardCount: row.cardCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...(row.variantOf ? { variantOf: row.variantOf, variantLabel: row.variantLabel ?? '' } : {}),
    ...(row.parentMapId
      ? { parentMapId: row.parentMapId, parentPhaseId: row.parentPhaseId ?? '' }
      : {}),
    phases: row.phases,
    searchText,
    trashed: row.trashed,
    ...(row.trashedAt ? { trashedAt: row.trashedAt } : {}),
    syncState: 'synced',
  };
}

/** Device entries and team rows as one list; `team` null: no team login. */
export function mergeTeam(
  local: readonly CatalogEntry[],
  team: readonly TeamRow[] | null,
): HomeEntry[] {
  // maturity checks have their own home list (MaturityChecks)
  const rows = new Map((team ?? []).filter(isMapRow).map((r) => [r.id, r]));
  const out: HomeEntry[] = [];
  for (const e of local) {
    const row = rows.get(e.id);
    if (!row) {
      out.push({ ...e, where: 'device', teamTrashed: false, deviceTrashed: e.trashed });
      continue;
    }
    rows.delete(e.id);
    // the newer description wins: a rename elsewhere shows before this device opens the map
    const base =
      row.updatedAt > e.updatedAt ? { ...entryFromTeam(row), searchText: e.searchText } : e;
    out.push({
      ...base,
      trashed: e.trashed || row.trashed,
      ...(e.trashedAt ? { trashedAt: e.trashedAt } : {}),
      syncState: e.syncState,
      where: 'both',
      teamTrashed: row.trashed,
      deviceTrashed: e.trashed,
    });
  }
  for (const row of rows.values())
    out.push({
      ...entryFromTeam(row),
      where: 'team',
      teamTrashed: row.trashed,
      deviceTrashed: false,
    });
  return out;
}

/** The actions of a row: the device's own (`base`) where the map is here, plus the team's. */
export function rowActions(
  entry: HomeEntry,
  base: readonly RowAction[],
  role: string | null,
): RowAction[] {
  // only in the team trash: the device's restore/delete do not apply
  const device =
    entry.where === 'team'
      ? []
      : base.filter((a) => entry.deviceTrashed || !entry.trashed || !isTrashAction(a));
  const extra: RowAction[] = [];
  if (role && entry.where === 'device' && !entry.trashed && WRITERS.has(role))
    extra.push('publish');
  if (role && entry.where !== 'device' && TRASHERS.has(role))
    extra.push(entry.teamTrashed ? 'teamRestore' : 'teamTrash');
  return [...device, ...extra];
}

const isTrashAction = (a: RowAction) => a === 'restore' || a === 'deleteForever';
