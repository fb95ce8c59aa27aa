/** Filters of the insights view: over maps first, then over the rows of a kind. */
import type { JourneyMap, MapState } from '../types';
import type { InsightRow } from './types';

export interface InsightFilter {
  /** only these maps (empty or absent: all) */
  readonly mapIds?: readonly string[];
  /** maps with any of these tags */
  readonly tags?: readonly string[];
  readonly state?: MapState;
  /** the map's content language; `de` also matches `de-CH` */
  readonly language?: string;
  /** rows of this owner team (touchpoints, actions, pain points via their touchpoints) */
  readonly ownerTeam?: string;
  /** rows in a phase of this name */
  readonly phaseName?: string;
  /** words that must all appear in the row's text, title, phase or map title */
  readonly text?: string;
}

export function filterMaps(maps: readonly JourneyMap[], f: InsightFilter): JourneyMap[] {
  const ids = f.mapIds && f.mapIds.length > 0 ? new Set(f.mapIds) : null;
  const tags = f.tags && f.tags.length > 0 ? f.tags : null;
  const lang = f.language?.toLowerCase();
  return maps.filter(
    (m) =>
      (!ids || ids.has(m.id)) &&
      (!tags || tags.some((t) => m.tags?.includes(t))) &&
      (!f.state || m.state === f.state) &&
      (!lang ||
        m.language?.toLowerCase() === lang ||
        m.language?.toLowerCase().startsWith(`${lang}-`) === true),
  );
}

function owners(row: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof row.ownerTeam === 'string') out.push(row.ownerTeam);
  if (Array.isArray(row.ownerTeams)) out.push(...(row.ownerTeams as string[]));
  if (typeof row.name === 'string' && 'similar' in row) out.push(row.name);
  return out;
}

export function filterRows<R extends InsightRow>(rows: readonly R[], f: InsightFilter): R[] {
  const words = (f.text ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    const r = row as unknown as Record<string, unknown>;
    if (f.ownerTeam && !owners(r).includes(f.ownerTeam)) return false;
    if (f.phaseName && r.phaseName !== f.phaseName) return false;
    if (words.length > 0) {
      const hay = ['text', 'title', 'phaseName', 'mapTitle', 'name', 'ownerTeam', 'channel']
        .map((k) => (typeof r[k] === 'string' ? (r[k] as string) : ''))
        .concat(owners(r))
        .join('\n')
        .toLocaleLowerCase();
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}
