/**
 * The lane-type registry: everything the app knows about one lane type in one
 * entry (its card fields, what a card there must have, its names, colours and icon).
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
  /** line icon (header, overview, side panel): SVG path data in a 24 × 24 box, stroked */
  readonly icon: string;
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
    icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8',
    colors: { print: '#dcebff', accent: '#4c6ef5', overview: '#a5b4f5' },
  },
  interactions: {
    body: 'plain',
    fields: [],
    names: { en: 'Interactions', de: 'Interaktionen' },
    inStandardTemplate: true,
    icon: 'M4 8h15l-3-3M20 16H5l3 3',
    colors: { print: '#e3f2e1' },
  },
  needs: {
    body: 'plain',
    fields: [],
    names: { en: 'User needs', de: 'Benutzerbedürfnisse' },
    inStandardTemplate: true,
    icon: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10Z',
    colors: { print: '#fff4cc', accent: '#7048e8' },
  },
  goals: {
    body: 'plain',
    fields: [],
    names: { en: 'Customer goals & prior knowledge', de: 'Kundenziele & Vorkenntnisse' },
    inStandardTemplate: true,
    icon: 'M5 21V4h12l-2.5 4 2.5 4H5',
    colors: { print: '#ede4ff', accent: '#7048e8' },
  },
  emotions: {
    body: 'emotion',
    fields: ['score'],
    required: 'score',
    names: { en: 'Emotions (emotion curve)', de: 'Emotionen (emotionale Kurve)' },
    inStandardTemplate: true,
    icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M8.5 14.5c2 2 5 2 7 0M9 9.5h.01M15 9.5h.01',
    colors: { print: '#fde7f3' },
  },
  fears: {
    body: 'plain',
    fields: [],
    names: { en: 'User fears', de: 'Benutzerängste' },
    inStandardTemplate: true,
    icon: 'M12 3 2 20h20ZM12 10v4M12 17h.01',
    colors: { print: '#ffe3e3', accent: '#c2255c' },
  },
  abortReasons: {
    body: 'plain',
    fields: [],
    names: { en: 'Abort reasons', de: 'Abbruchgründe' },
    inStandardTemplate: true,
    icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M8.5 8.5l7 7M15.5 8.5l-7 7',
    colors: { print: '#ffdccc', accent: '#c2255c' },
  },
  devices: {
    body: 'plain',
    fields: [],
    names: { en: 'Devices used', de: 'Verwendete Geräte' },
    inStandardTemplate: true,
    icon: 'M3 5h13v9H3zM7 18h5M9.5 14v4M18 9h3v11h-3z',
    colors: { print: '#e8eef2' },
  },
  painPoints: {
    body: 'painPoint',
    fields: ['severity'],
    names: { en: 'Pain points', de: 'Pain Points' },
    inStandardTemplate: true,
    icon: 'M13 2 5 14h6l-1 8 8-12h-6Z',
    colors: { print: '#ffd3d3', accent: '#e03131', overview: '#f2a6a6' },
  },
  opportunities: {
    body: 'opportunity',
    fields: ['impact', 'effort'],
    names: { en: 'Opportunities & new features', de: 'Potenziale & neue Funktionen' },
    inStandardTemplate: true,
    icon: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3Z',
    colors: { print: '#d6f5e5', accent: '#2f9e44', overview: '#9fd8ab' },
  },
  itSystems: {
    body: 'plain',
    fields: [],
    names: { en: 'Supporting IT systems', de: 'Unterstützende IT-Systeme' },
    inStandardTemplate: true,
    icon: 'M4 4h16v6H4zM4 14h16v6H4zM7.5 7h.01M7.5 17h.01',
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
    icon: 'M4 19V5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2 2 2 0 0 0 2 2h14M8 7h8',
    colors: { print: '#f2e8d9' },
  },
  kpis: {
    body: 'kpi',
    fields: ['kpi'],
    required: 'kpi',
    names: { en: 'KPIs', de: 'KPIs' },
    inStandardTemplate: true,
    icon: 'M4 20h16M7 20v-6M12 20V8M17 20V10',
    colors: { print: '#dff3f7', accent: '#f08c00', overview: '#f7c77f' },
  },
  backstage: {
    body: 'plain',
    fields: [],
    names: { en: 'Backstage processes', de: 'Backstage-Prozesse' },
    inStandardTemplate: false,
    icon: 'M12 3 3 8l9 5 9-5ZM3 13l9 5 9-5',
    colors: { print: '#ececec' },
  },
  notes: {
    body: 'plain',
    fields: [],
    names: { en: 'Notes', de: 'Notizen' },
    inStandardTemplate: false,
    icon: 'M5 3h10l4 4v14H5zM15 3v4h4M8 12h8M8 16h6',
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

/** The standard name of a lane type in English or German (the board's headers need only this). */
export function laneTypeName(type: LaneType, lang: 'en' | 'de'): string {
  return LANE_TYPE_REGISTRY[type].names[lang];
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
