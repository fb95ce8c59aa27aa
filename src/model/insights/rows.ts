/**
 * The insight rows of every kind over format-v1 maps: ONE implementation for the
 * browser view, `journey report` and `GET /api/insights`. Orders as in
 * interfaces.md; ties keep map order, then phase order, then card order.
 */
import type { JourneyMap } from '../types';
import { kpiTrend, latestMeasurement } from './kpiTrend';
import { cardHead, cardsOfType, distinct, indexMap, relatedOfType, todayIso } from './mapIndex';
import { ownerRows } from './owners';
import type {
  ActionRow,
  KpiRow,
  OpportunityRow,
  PainPointRow,
  ReportKind,
  RowOptions,
  RowsByKind,
  TouchpointRow,
} from './types';

/** Sorts a copy; `undefined`/null last for the numeric keys. */
const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);
const asc = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

export function painPointRows(maps: readonly JourneyMap[]): PainPointRow[] {
  const rows: PainPointRow[] = [];
  for (const map of maps) {
    const ix = indexMap(map);
    const actionsOf = new Map<string, string[]>();
    for (const a of map.actions ?? [])
      for (const id of a.cardIds) actionsOf.set(id, [...(actionsOf.get(id) ?? []), a.id]);
    for (const c of cardsOfType(ix, 'painPoints')) {
      rows.push({
        ...cardHead(ix, c),
        severity: c.severity ?? null,
        votes: c.votes ?? 0,
        ownerTeams: distinct(relatedOfType(ix, c.id, 'touchpoints').map((t) => t.ownerTeam)),
        actionIds: actionsOf.get(c.id) ?? [],
      });
    }
  }
  return rows.sort((a, b) => desc(a.severity, b.severity) || b.votes - a.votes);
}

export function opportunityRows(maps: readonly JourneyMap[]): OpportunityRow[] {
  const rows: OpportunityRow[] = [];
  for (const map of maps) {
    const ix = indexMap(map);
    for (const c of cardsOfType(ix, 'opportunities')) {
      rows.push({
        ...cardHead(ix, c),
        impact: c.impact ?? null,
        effort: c.effort ?? null,
        painPointIds: relatedOfType(ix, c.id, 'painPoints').map((p) => p.id),
      });
    }
  }
  return rows.sort((a, b) => desc(a.impact, b.impact) || asc(a.effort, b.effort));
}

const STATUS_ORDER = { open: 0, doing: 1, done: 2 } as const;

export function actionRows(maps: readonly JourneyMap[], options: RowOptions = {}): ActionRow[] {
  const today = options.today ?? todayIso();
  const rows: ActionRow[] = [];
  for (const map of maps) {
    const ix = indexMap(map);
    for (const a of map.actions ?? []) {
      rows.push({
        mapId: map.id,
        mapTitle: map.title,
        actionId: a.id,
        title: a.title,
        status: a.status,
        ownerTeam: a.ownerTeam ?? null,
        due: a.due ?? null,
        overdue: a.status !== 'done' && a.due !== undefined && a.due < today,
        cardIds: a.cardIds.filter((id) => ix.card.has(id)),
      });
    }
  }
  return rows.sort((a, b) => {
    const s = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (s !== 0 || a.due === b.due) return s;
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  });
}

export function kpiRows(maps: readonly JourneyMap[]): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const map of maps) {
    const ix = indexMap(map);
    for (const c of cardsOfType(ix, 'kpis')) {
      const kpi = c.kpi;
      if (!kpi) continue;
      rows.push({
        ...cardHead(ix, c),
        unit: kpi.unit ?? null,
        direction: kpi.direction,
        baseline: kpi.baseline?.value ?? null,
        latest: latestMeasurement(kpi)?.value ?? null,
        target: kpi.target?.value ?? null,
        status: kpiTrend(kpi),
      });
    }
  }
  // maps in the order given, each in phase order (cardsOfType)
  return rows;
}

/** Mean emotion score per phase, rounded to two decimals. */
function phaseEmotion(ix: ReturnType<typeof indexMap>): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const c of cardsOfType(ix, 'emotions')) {
    if (typeof c.score !== 'number') continue;
    const s = sums.get(c.phaseId) ?? { sum: 0, n: 0 };
    sums.set(c.phaseId, { sum: s.sum + c.score, n: s.n + 1 });
  }
  return new Map([...sums].map(([id, s]) => [id, Math.round((s.sum / s.n) * 100) / 100]));
}

const compareText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b);

export function touchpointRows(maps: readonly JourneyMap[]): TouchpointRow[] {
  const rows: TouchpointRow[] = [];
  for (const map of maps) {
    const ix = indexMap(map);
    const emotion = phaseEmotion(ix);
    for (const c of cardsOfType(ix, 'touchpoints')) {
      rows.push({
        ...cardHead(ix, c),
        channel: c.channel ?? null,
        ownerTeam: c.ownerTeam?.trim() ? c.ownerTeam : null,
        emotionScore: emotion.get(c.phaseId) ?? null,
        painPointIds: relatedOfType(ix, c.id, 'painPoints').map((p) => p.id),
        itSystems: distinct(relatedOfType(ix, c.id, 'itSystems').map((s) => s.text)),
      });
    }
  }
  return rows.sort(
    (a, b) => compareText(a.ownerTeam, b.ownerTeam) || compareText(a.channel, b.channel),
  );
}

/** The rows of one kind over `maps` (templates are skipped: their cards are hints). */
export function reportRows<K extends ReportKind>(
  kind: K,
  allMaps: readonly JourneyMap[],
  options: RowOptions = {},
): RowsByKind[K][] {
  const maps = allMaps.filter((m) => m.kind !== 'template');
  const rows = {
    painPoints: () => painPointRows(maps),
    opportunities: () => opportunityRows(maps),
    actions: () => actionRows(maps, options),
    kpis: () => kpiRows(maps),
    touchpoints: () => touchpointRows(maps),
    owners: () => ownerRows(maps),
  }[kind]();
  return rows as RowsByKind[K][];
}
