/**
 * Insight rows across maps (interfaces.md, "Report kinds and their rows"). The
 * field order of each row type is the CSV column order. Pure data.
 */
import { oneOf } from '../oneOf';
import type { ActionStatus, Channel, Id, IsoDate, KpiDirection } from '../types';

export const REPORT_KINDS = [
  'painPoints',
  'opportunities',
  'actions',
  'kpis',
  'touchpoints',
  'owners',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const isReportKind = oneOf(REPORT_KINDS);

/** KPI trend status: `latest` against target, then against the baseline. */
export const KPI_TRENDS = ['reached', 'improving', 'unchanged', 'worsening', 'noData'] as const;
export type KpiTrend = (typeof KPI_TRENDS)[number];

/** The columns every row about one card starts with. */
export interface CardRowBase {
  readonly mapId: Id;
  readonly mapTitle: string;
  readonly phaseId: Id;
  readonly phaseName: string;
  readonly cardId: Id;
  readonly text: string;
}

export interface PainPointRow extends CardRowBase {
  readonly severity: number | null;
  readonly votes: number;
  readonly ownerTeams: readonly string[];
  readonly actionIds: readonly Id[];
}

export interface OpportunityRow extends CardRowBase {
  readonly impact: number | null;
  readonly effort: number | null;
  readonly painPointIds: readonly Id[];
}

export interface ActionRow {
  readonly mapId: Id;
  readonly mapTitle: string;
  readonly actionId: Id;
  readonly title: string;
  readonly status: ActionStatus;
  readonly ownerTeam: string | null;
  readonly due: IsoDate | null;
  readonly overdue: boolean;
  readonly cardIds: readonly Id[];
}

export interface KpiRow extends CardRowBase {
  readonly unit: string | null;
  readonly direction: KpiDirection;
  readonly baseline: number | null;
  readonly latest: number | null;
  readonly target: number | null;
  readonly status: KpiTrend;
}

export interface TouchpointRow extends CardRowBase {
  readonly channel: Channel | null;
  readonly ownerTeam: string | null;
  readonly emotionScore: number | null;
  readonly painPointIds: readonly Id[];
  readonly itSystems: readonly string[];
}

export interface OwnerRow {
  readonly name: string;
  readonly count: number;
  readonly mapIds: readonly Id[];
  readonly similar: readonly string[];
}

export interface RowsByKind {
  painPoints: PainPointRow;
  opportunities: OpportunityRow;
  actions: ActionRow;
  kpis: KpiRow;
  touchpoints: TouchpointRow;
  owners: OwnerRow;
}
export type InsightRow = RowsByKind[ReportKind];

const CARD_ROW_FIELDS = ['mapId', 'mapTitle', 'phaseId', 'phaseName', 'cardId', 'text'] as const;

/** Field names of each kind, in JSON/CSV order. */
export const REPORT_FIELDS: { readonly [K in ReportKind]: readonly (keyof RowsByKind[K])[] } = {
  painPoints: [...CARD_ROW_FIELDS, 'severity', 'votes', 'ownerTeams', 'actionIds'],
  opportunities: [...CARD_ROW_FIELDS, 'impact', 'effort', 'painPointIds'],
  actions: [
    'mapId',
    'mapTitle',
    'actionId',
    'title',
    'status',
    'ownerTeam',
    'due',
    'overdue',
    'cardIds',
  ],
  kpis: [...CARD_ROW_FIELDS, 'unit', 'direction', 'baseline', 'latest', 'target', 'status'],
  touchpoints: [
    ...CARD_ROW_FIELDS,
    'channel',
    'ownerTeam',
    'emotionScore',
    'painPointIds',
    'itSystems',
  ],
  owners: ['name', 'count', 'mapIds', 'similar'],
};

/** Options every row builder takes. */
export interface RowOptions {
  /** today's date (YYYY-MM-DD) for "overdue"; defaults to the current UTC date */
  readonly today?: IsoDate;
}
