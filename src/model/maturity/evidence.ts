/**
 * Evidence from the repository: figures computed from the maps a user can open,
 * each with the ids of the maps behind it and the aspects it informs. Pure: the
 * caller passes the maps and "today".
 */
import { actionRows, vocabularyKey } from '../insights';
import { STANDARD_PHASES } from '../templates';
import type { Id, IsoDate, JourneyMap } from '../types';
import type { Aspect } from './levels';

export const FIGURES = [
  'maps',
  'departments',
  'withOwner',
  'withPersona',
  'kpisWithBaseline',
  'recentMeasurements',
  'recentlyChanged',
  'actionsDone',
  'actionsOpen',
  'actionsOverdue',
  'standardTemplate',
] as const;
export type FigureId = (typeof FIGURES)[number];

export interface Figure {
  readonly id: FigureId;
  /** a count: maps, departments or actions */
  readonly value: number;
  /** what `value` is a share of (maps, or all actions); null for plain counts */
  readonly total: number | null;
  /** the maps behind the figure */
  readonly mapIds: readonly Id[];
}

export type Evidence = { readonly [F in FigureId]: Figure };

/** How many days count as "recent". */
export const RECENT_DAYS = 90;

/** Which figures inform which aspect (shown beside it). */
export const FIGURES_BY_ASPECT: { readonly [A in Aspect]: readonly FigureId[] } = {
  awareness: ['maps', 'departments'],
  methods: ['standardTemplate', 'withPersona'],
  roles: ['departments', 'withOwner'],
  insights: ['withPersona', 'recentMeasurements'],
  processes: ['recentlyChanged', 'actionsDone', 'actionsOpen', 'actionsOverdue'],
  tools: ['maps', 'standardTemplate'],
  strategy: ['departments', 'actionsDone'],
  governance: ['withOwner', 'actionsOverdue'],
  metrics: ['kpisWithBaseline', 'recentMeasurements'],
};

/** `today` minus `days`, as YYYY-MM-DD. */
export function daysBefore(today: IsoDate, days: number): IsoDate {
  const [y, m, d] = today.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - days * 86_400_000);
  return at.toISOString().slice(0, 10);
}

function kpisOf(map: JourneyMap) {
  const kpiLanes = new Set(map.lanes.filter((l) => l.type === 'kpis').map((l) => l.id));
  return map.cards.flatMap((c) => (kpiLanes.has(c.laneId) && c.kpi ? [c.kpi] : []));
}

/** Whether the map's phases are those of the standard template (English or German). */
export function followsStandardTemplate(map: JourneyMap): boolean {
  const names = map.phases.map((p) => p.name.trim());
  if (names.length !== STANDARD_PHASES.length) return false;
  return [0, 1].some((lang) => STANDARD_PHASES.every((pair, i) => pair[lang] === names[i]));
}

/** Owner teams a map involves: its owner, touchpoint owner teams, action owner teams. */
function departmentKeys(map: JourneyMap): Set<string> {
  const tpLanes = new Set(map.lanes.filter((l) => l.type === 'touchpoints').map((l) => l.id));
  const names = [
    map.owner,
    ...map.cards.filter((c) => tpLanes.has(c.laneId)).map((c) => c.ownerTeam),
    ...(map.actions ?? []).map((a) => a.ownerTeam),
  ];
  return new Set(names.filter((n): n is string => !!n?.trim()).map(vocabularyKey));
}

/** All evidence figures of `maps` (templates are left out) on `today`. */
export function computeEvidence(all: readonly JourneyMap[], today: IsoDate): Evidence {
  const maps = all.filter((m) => m.kind === 'map');
  const since = daysBefore(today, RECENT_DAYS);
  const ids = (pred: (m: JourneyMap) => boolean) => maps.filter(pred).map((m) => m.id);
  const share = (id: FigureId, pred: (m: JourneyMap) => boolean): Figure => {
    const mapIds = ids(pred);
    return { id, value: mapIds.length, total: maps.length, mapIds };
  };
  const recent = (date: string | undefined) =>
    !!date && date.slice(0, 10) >= since && date.slice(0, 10) <= today;

  const departments = new Set<string>();
  const departmentMaps: Id[] = [];
  for (const map of maps) {
    const keys = departmentKeys(map);
    keys.forEach((k) => departments.add(k));
    if (keys.size > 0) departmentMaps.push(map.id);
  }

  const actions = actionRows(maps, { today });
  const actionFigure = (id: FigureId, pred: (a: (typeof actions)[number]) => boolean): Figure => {
    const rows = actions.filter(pred);
    return {
      id,
      value: rows.length,
      total: actions.length,
      mapIds: [...new Set(rows.map((r) => r.mapId))],
    };
  };

  return {
    maps: { id: 'maps', value: maps.length, total: null, mapIds: maps.map((m) => m.id) },
    departments: {
      id: 'departments',
      value: departments.size,
      total: null,
      mapIds: departmentMaps,
    },
    withOwner: share('withOwner', (m) => !!m.owner?.trim()),
    withPersona: share('withPersona', (m) => !!m.persona?.name.trim()),
    kpisWithBaseline: share('kpisWithBaseline', (m) => kpisOf(m).some((k) => k.baseline)),
    recentMeasurements: share('recentMeasurements', (m) =>
      kpisOf(m).some((k) => (k.measurements ?? []).some((x) => recent(x.date))),
    ),
    recentlyChanged: share('recentlyChanged', (m) => recent(m.updatedAt)),
    actionsDone: actionFigure('actionsDone', (a) => a.status === 'done'),
    actionsOpen: actionFigure('actionsOpen', (a) => a.status !== 'done' && !a.overdue),
    actionsOverdue: actionFigure('actionsOverdue', (a) => a.status !== 'done' && a.overdue),
    standardTemplate: share('standardTemplate', followsStandardTemplate),
  };
}
