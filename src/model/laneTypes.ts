/**
 * The lane-type registry: everything the app knows about one lane type in one
 * entry (its card fields, what a card there must have, its names and colours).
 * Views elsewhere are keyed by the entry's `body` kind, so a plain lane type (no
 * own fields) is one entry here plus nothing else; a new kind of body
 * makes the compiler list every view that needs it (`Record<CardBodyKind, …>`).
 */
import type { LaneType } from './types';

/** What a card of the lane shows and edits beyond its text. */
export type CardBodyKind = 'plain' | 'touchpoint' | 'emotion' | 'painPoint' | 'opportunity' | 'kpi';

/** Card fields that belong to one lane type. */
export type LaneField =
  'channel' | 'ownerTeam' | 'score' | 'severity' | 'impact' | 'effort' | 'kpi';

export interface LaneTypeInfo {
  readonly body: CardBodyKind;
  /** the card fields only this lane type may carry */
  readonly fields: readonly LaneField[];
  /** the field a card of this lane must have (added with a default on the way in) */
  readonly required?: 'score' | 'kpi';
  /** the standard name (format spec table) */
  readonly names: { readonly en: string; readonly de: string };
  /** part of the built-in standard template (otherwise users add the lane when needed) */
  readonly inStandardTemplate: boolean;
  readonly colors: {
    /** card fill of the printed board (PDF, SVG, PNG): a light tint, fine in greyscale */
    readonly print: string;
    /** the card's stripe on the board, when the type has its own */
    readonly accent?: string;
    /** the cards' bar on the zoomed-out board and in the minimap */
    readonly overview?: string;
  };
}

/** One entry per lane type. Adding a type: an entry here and the id in `LANE_TYPES`. */
export const LANE_TYPE_REGISTRY: Readonly<Record<LaneType, LaneTypeInfo>> = {
  touchpoints: {
    body: 'touchpoint',
    fields: ['channel', 'ownerTeam'],
    names: { en: 'Touchpoints', de: 'Berührungspunkte' },
    inStandardTemplate: true,
    colors: { print: '#dcebff', accent: '#4c6ef5', overview: '#a5b4f5' },
  },
  interactions: {
    body: 'plain',
    fields: [],
    names: { en: 'Interactions', de: 'Interaktionen' },
    inStandardTemplate: true,
    colors: { print: '#e3f2e1' },
  },
  needs: {
    body: 'plain',
    fields: [],
    names: { en: 'User needs', de: 'Benutzerbedürfnisse' },
    inStandardTemplate: true,
    colors: { print: '#fff4cc', accent: '#7048e8' },
  },
  goals: {
    body: 'plain',
    fields: [],
    names: { en: 'Customer goals & prior knowledge', de: 'Kundenziele & Vorkenntnisse' },
    inStandardTemplate: true,
    colors: { print: '#ede4ff', accent: '#7048e8' },
  },
  emotions: {
    body: 'emotion',
    fields: ['score'],
    required: 'score',
    names: { en: 'Emotions (emotion curve)', de: 'Emotionen (emotionale Kurve)' },
    inStandardTemplate: true,
    colors: { print: '#fde7f3' },
  },
  fears: {
    body: 'plain',
    fields: [],
    names: { en: 'User fears', de: 'Benutzerängste' },
    inStandardTemplate: true,
    colors: { print: '#ffe3e3', accent: '#c2255c' },
  },
  abortReasons: {
    body: 'plain',
    fields: [],
    names: { en: 'Abort reasons', de: 'Abbruchgründe' },
    inStandardTemplate: true,
    colors: { print: '#ffdccc', accent: '#c2255c' },
  },
  devices: {
    body: 'plain',
    fields: [],
    names: { en: 'Devices used', de: 'Verwendete Geräte' },
    inStandardTemplate: true,
    colors: { print: '#e8eef2' },
  },
  painPoints: {
    body: 'painPoint',
    fields: ['severity'],
    names: { en: 'Pain points', de: 'Pain Points' },
    inStandardTemplate: true,
    colors: { print: '#ffd3d3', accent: '#e03131', overview: '#f2a6a6' },
  },
  opportunities: {
    body: 'opportunity',
    fields: ['impact', 'effort'],
    names: { en: 'Opportunities & new features', de: 'Potenziale & neue Funktionen' },
    inStandardTemplate: true,
    colors: { print: '#d6f5e5', accent: '#2f9e44', overview: '#9fd8ab' },
  },
  itSystems: {
    body: 'plain',
    fields: [],
    names: { en: 'Supporting IT systems', de: 'Unterstützende IT-Systeme' },
    inStandardTemplate: true,
    colors: { print: '#e4e4f2' },
  },
  employeeKnowledge: {
    body: 'plain',
    fields: [],
    names: {
      en: 'Knowledge needed by service staff',
      de: 'Notwendiges Wissen im Kundenservice',
    },
    inStandardTemplate: true,
    colors: { print: '#f2e8d9' },
  },
  kpis: {
    body: 'kpi',
    fields: ['kpi'],
    required: 'kpi',
    names: { en: 'KPIs', de: 'KPIs' },
    inStandardTemplate: true,
    colors: { print: '#dff3f7', accent: '#f08c00', overview: '#f7c77f' },
  },
  backstage: {
    body: 'plain',
    fields: [],
    names: { en: 'Backstage processes', de: 'Backstage-Prozesse' },
    inStandardTemplate: false,
    colors: { print: '#ececec' },
  },
  notes: {
    body: 'plain',
    fields: [],
    names: { en: 'Notes', de: 'Notizen' },
    inStandardTemplate: false,
    colors: { print: '#fff9db' },
  },
};

/** Which lane type a lane-specific card field belongs to (from the registry). */
export const LANE_FIELDS = Object.fromEntries(
  (Object.entries(LANE_TYPE_REGISTRY) as [LaneType, LaneTypeInfo][]).flatMap(([type, info]) =>
    info.fields.map((field) => [field, type]),
  ),
) as Readonly<Record<LaneField, LaneType>>;

/** The registry's entry of a lane type. */
export function laneTypeInfo(type: LaneType): LaneTypeInfo {
  return LANE_TYPE_REGISTRY[type];
}

/** A table over all lane types, one value each from its registry entry. */
export function byLaneType<T>(
  pick: (info: LaneTypeInfo, type: LaneType) => T,
): Record<LaneType, T> {
  const out = {} as Record<LaneType, T>;
  for (const [type, info] of Object.entries(LANE_TYPE_REGISTRY) as [LaneType, LaneTypeInfo][])
    out[type] = pick(info, type);
  return out;
}

/** Unreachable branch of an exhaustive switch: the compiler names the missing case. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
