/**
 * A maturity check as the screen, the export and the comparison read it: an
 * immutable snapshot of the check's document (the layout is src/doc's). Pure data.
 * Scope: document (synced and saved), except who is looking — that is session.
 */
import { oneOf } from '../oneOf';
import type { Id, IsoDate, IsoDateTime } from '../types';
import type { Aspect, Level } from './levels';

export const ROADMAP_STATUSES = ['planned', 'doing', 'done'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Whether `value` is a roadmap status. */
export const isRoadmapStatus = oneOf(ROADMAP_STATUSES);

/** One goal of the quarterly roadmap with its measure, owner and status. */
export interface RoadmapItem {
  readonly id: Id;
  /** `2027-Q1` */
  readonly quarter: string;
  readonly goal: string;
  readonly measure: string;
  readonly owner: string;
  readonly status: RoadmapStatus;
  /** the aspect the goal works on, if any */
  readonly aspect: Aspect | null;
  readonly order: string;
}

export interface AspectRound {
  /** participant id → level; visible to everyone only once revealed */
  readonly ratings: Readonly<Record<string, Level>>;
  readonly revealed: boolean;
  /** the level the facilitator set after the discussion */
  readonly agreed: Level | null;
}

export interface MaturityCheck {
  readonly id: Id;
  readonly title: string;
  readonly createdAt: IsoDateTime;
  /** the participant id of the facilitator (who reveals and sets agreed levels) */
  readonly facilitatorId: string;
  /** the check this one compares with */
  readonly previousId: Id | null;
  /** participant id → display name */
  readonly participants: Readonly<Record<string, string>>;
  readonly aspects: { readonly [A in Aspect]: AspectRound };
  /** sorted by quarter, then order */
  readonly roadmap: readonly RoadmapItem[];
}

/** The agreed levels of a check (aspects without one left out). */
export function agreedLevels(check: MaturityCheck): Partial<Record<Aspect, Level>> {
  const out: Partial<Record<Aspect, Level>> = {};
  for (const [aspect, round] of Object.entries(check.aspects) as [Aspect, AspectRound][]) {
    if (round.agreed !== null) out[aspect] = round.agreed;
  }
  return out;
}

/** `2026-12-06` → `2026-Q4`. */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The quarter after `quarter` (`2026-Q4` → `2027-Q1`). */
export function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q >= 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}
