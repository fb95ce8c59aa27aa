/**
 * The journey-map domain, shaped as the exchange format v1
 * (`shared/spec/journeymap-format-v1.md`). Pure data: no React, Yjs or DOM.
 *
 * Scope: document. These types describe what is synced, saved and exported.
 * Session state (selection, zoom) and presence (cursors) live elsewhere.
 */

/** 1–64 characters of `A-Z a-z 0-9 _ -`. */
export type Id = string;

/** Any JSON value; used for `x-` extension properties, kept verbatim. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Extension properties (`x-…`) may appear on any object of the format; they are
 * kept on import and written back on export.
 */
export type Extensions = { readonly [key: `x-${string}`]: JsonValue };

export const LANE_TYPES = [
  'touchpoints',
  'interactions',
  'needs',
  'goals',
  'emotions',
  'fears',
  'abortReasons',
  'devices',
  'painPoints',
  'opportunities',
  'itSystems',
  'employeeKnowledge',
  'kpis',
  'backstage',
  'notes',
] as const;
export type LaneType = (typeof LANE_TYPES)[number];

export const CHANNELS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'store',
  'mail',
  'social',
  'event',
  'partner',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export type MapKind = 'map' | 'template';
export type MapState = 'current' | 'future';
export type KpiDirection = 'higherIsBetter' | 'lowerIsBetter';
export type ActionStatus = 'open' | 'doing' | 'done';

/** RFC 3339 full-date, `2026-11-22`. */
export type IsoDate = string;
/** RFC 3339 date-time, `2026-11-22T10:15:00Z`. */
export type IsoDateTime = string;

export type Persona = Extensions & {
  readonly name: string;
  readonly description?: string;
  readonly goals?: readonly string[];
  readonly priorKnowledge?: string;
};

export type Phase = Extensions & {
  readonly id: Id;
  readonly name: string;
  readonly description?: string;
};

export type Lane = Extensions & {
  readonly id: Id;
  readonly type: LaneType;
  readonly name: string;
};

export type Comment = Extensions & {
  readonly author: string;
  readonly text: string;
  readonly at: IsoDateTime;
};

export type Measurement = Extensions & { readonly value: number; readonly date: IsoDate };

export type Kpi = Extensions & {
  readonly unit?: string;
  readonly direction: KpiDirection;
  readonly baseline?: Measurement;
  readonly target?: Extensions & { readonly value: number; readonly date?: IsoDate };
  readonly measurements?: readonly Measurement[];
};

/**
 * A card. Common fields plus the fields that belong to the type of its lane
 * (a field on a card of another lane type is a validation error).
 */
export type Card = Extensions & {
  readonly id: Id;
  readonly laneId: Id;
  readonly phaseId: Id;
  readonly text: string;
  readonly tags?: readonly string[];
  readonly color?: string;
  readonly votes?: number;
  readonly links?: readonly Id[];
  readonly comments?: readonly Comment[];
  // touchpoints
  readonly channel?: Channel;
  readonly ownerTeam?: string;
  // emotions (required there)
  readonly score?: number;
  // painPoints
  readonly severity?: number;
  // opportunities
  readonly impact?: number;
  readonly effort?: number;
  // kpis (required there)
  readonly kpi?: Kpi;
};

export type Action = Extensions & {
  readonly id: Id;
  readonly title: string;
  readonly status: ActionStatus;
  readonly ownerTeam?: string;
  readonly due?: IsoDate;
  readonly cardIds: readonly Id[];
};

/** A whole journey map (or template) in exchange format v1. */
export type JourneyMap = Extensions & {
  readonly format: 'journeymap';
  readonly formatVersion: 1;
  readonly kind: MapKind;
  readonly id: Id;
  readonly title: string;
  readonly description?: string;
  readonly language?: string;
  readonly state?: MapState;
  readonly cxGoal?: string;
  readonly scenario?: string;
  readonly persona?: Persona;
  readonly owner?: string;
  readonly tags?: readonly string[];
  readonly variant?: Extensions & { readonly of: Id; readonly label: string };
  readonly parent?: Extensions & { readonly mapId: Id; readonly phaseId: Id };
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly phases: readonly Phase[];
  readonly lanes: readonly Lane[];
  readonly cards: readonly Card[];
  readonly actions?: readonly Action[];
};

export { LANE_FIELDS, type LaneField } from './laneTypes';
