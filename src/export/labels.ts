/**
 * Words the exports print, in the map's language (`language` de… → German, else
 * English). The exports follow the CONTENT language, not the UI language: a German
 * map handed to a German workshop stays German whoever clicks "export".
 */
import { byLaneType } from '../model/laneTypes';
import type {
  ActionStatus,
  Channel,
  JourneyMap,
  KpiDirection,
  LaneType,
  MapState,
} from '../model/types';

export type ExportLang = 'en' | 'de';

/** The export language of a map: German for any `de` tag (`de`, `de-CH`), else English. */
export function exportLang(map: Pick<JourneyMap, 'language'>): ExportLang {
  return map.language?.toLowerCase().split('-')[0] === 'de' ? 'de' : 'en';
}

export type KpiStatusKey = 'notMeasured' | 'onTarget' | 'offTarget';

export interface ExportLabels {
  readonly laneTypes: Readonly<Record<LaneType, string>>;
  readonly channels: Readonly<Record<Channel, string>>;
  readonly states: Readonly<Record<MapState, string>>;
  readonly directions: Readonly<Record<KpiDirection, string>>;
  readonly actionStatus: Readonly<Record<ActionStatus, string>>;
  readonly kpiStatus: Readonly<Record<KpiStatusKey, string>>;
  readonly fields: {
    readonly id: string;
    readonly phase: string;
    readonly lane: string;
    readonly laneType: string;
    readonly text: string;
    readonly channel: string;
    readonly ownerTeam: string;
    readonly score: string;
    readonly severity: string;
    readonly impact: string;
    readonly effort: string;
    readonly votes: string;
    readonly tags: string;
    readonly unit: string;
    readonly direction: string;
    readonly baseline: string;
    readonly latest: string;
    readonly target: string;
    readonly status: string;
    readonly links: string;
    readonly comments: string;
    readonly title: string;
    readonly owner: string;
    readonly due: string;
    readonly cards: string;
    readonly baselineDate: string;
    readonly latestDate: string;
    readonly targetDate: string;
  };
  /** appended to a CSV header whose column holds the format's code, not a label */
  readonly codeSuffix: string;
  /** the note on a card cut to a page's height */
  readonly fullTextInAppendix: string;
  readonly appendix: string;
  readonly persona: string;
  readonly cxGoal: string;
  readonly asOf: string;
  readonly actions: string;
  readonly noActions: string;
  readonly kpiOverview: string;
  readonly kpi: string;
  /** `{n}` page number, `{total}` page count */
  readonly pageOf: string;
  /** shown on a lane header when the lane continues from the previous page */
  readonly continued: string;
  readonly empty: string;
}

/** Every text but a string: the same shape with `[English, German]` in place of each text. */
type Pairs<T> = {
  readonly [K in keyof T]: T[K] extends string ? readonly [string, string] : Pairs<T[K]>;
};

/** The export's words, English and German side by side (lane type names: the registry). */
const WORDS: Pairs<Omit<ExportLabels, 'laneTypes'>> = {
  channels: {
    web: ['Web', 'Web'],
    app: ['App', 'App'],
    email: ['Email', 'E-Mail'],
    phone: ['Phone', 'Telefon'],
    chat: ['Chat', 'Chat'],
    store: ['Store', 'Filiale'],
    mail: ['Mail', 'Post'],
    social: ['Social media', 'Social Media'],
    event: ['Event', 'Veranstaltung'],
    partner: ['Partner', 'Partner'],
    other: ['Other', 'Sonstiges'],
  },
  states: {
    current: ['As-is', 'Ist-Zustand'],
    future: ['To-be', 'Soll-Zustand'],
  },
  directions: {
    higherIsBetter: ['higher is better', 'höher ist besser'],
    lowerIsBetter: ['lower is better', 'niedriger ist besser'],
  },
  actionStatus: {
    open: ['Open', 'Offen'],
    doing: ['In progress', 'In Arbeit'],
    done: ['Done', 'Erledigt'],
  },
  kpiStatus: {
    notMeasured: ['not measured', 'nicht gemessen'],
    onTarget: ['on target', 'im Ziel'],
    offTarget: ['off target', 'nicht im Ziel'],
  },
  fields: {
    id: ['ID', 'ID'],
    phase: ['Phase', 'Phase'],
    lane: ['Lane', 'Bahn'],
    laneType: ['Lane type', 'Bahntyp'],
    text: ['Text', 'Text'],
    channel: ['Channel', 'Kanal'],
    ownerTeam: ['Owner team', 'Verantwortliches Team'],
    score: ['Score', 'Wert'],
    severity: ['Severity', 'Schweregrad'],
    impact: ['Impact', 'Wirkung'],
    effort: ['Effort', 'Aufwand'],
    votes: ['Votes', 'Stimmen'],
    tags: ['Tags', 'Schlagwörter'],
    unit: ['Unit', 'Einheit'],
    direction: ['Direction', 'Richtung'],
    baseline: ['Baseline', 'Ausgangswert'],
    latest: ['Latest', 'Aktuell'],
    target: ['Target', 'Ziel'],
    status: ['Status', 'Status'],
    links: ['Links', 'Verknüpfungen'],
    comments: ['Comments', 'Kommentare'],
    title: ['Action', 'Maßnahme'],
    owner: ['Owner', 'Verantwortlich'],
    due: ['Due', 'Fällig'],
    cards: ['Cards', 'Karten'],
    baselineDate: ['Baseline date', 'Datum Ausgangswert'],
    latestDate: ['Latest date', 'Datum aktuell'],
    targetDate: ['Target date', 'Zieldatum'],
  },
  codeSuffix: [' (code)', ' (Code)'],
  fullTextInAppendix: ['→ full text in the appendix', '→ vollständiger Text im Anhang'],
  appendix: ['Appendix: full texts', 'Anhang: vollständige Texte'],
  persona: ['Persona', 'Persona'],
  cxGoal: ['CX goal', 'CX-Ziel'],
  asOf: ['As of', 'Stand'],
  actions: ['Actions', 'Maßnahmen'],
  noActions: ['No actions recorded.', 'Keine Maßnahmen erfasst.'],
  kpiOverview: ['KPIs', 'KPIs'],
  kpi: ['KPI', 'KPI'],
  pageOf: ['Page {n} of {total}', 'Seite {n} von {total}'],
  continued: ['(continued)', '(Fortsetzung)'],
  empty: ['—', '—'],
};

/** One language's side of a table of pairs. */
function side<T>(pairs: Pairs<T>, index: 0 | 1): T {
  const entries = Object.entries(pairs as Record<string, unknown>).map(([key, value]) => [
    key,
    Array.isArray(value) ? (value[index] as string) : side(value as Pairs<unknown>, index),
  ]);
  return Object.fromEntries(entries) as T;
}

const LABELS: Readonly<Record<ExportLang, ExportLabels>> = {
  en: { laneTypes: byLaneType((info) => info.names.en), ...side(WORDS, 0) },
  de: { laneTypes: byLaneType((info) => info.names.de), ...side(WORDS, 1) },
};

/** The label set for an export language. */
export function labelsFor(lang: ExportLang): ExportLabels {
  return LABELS[lang];
}

/** Formats a number the way the language writes it (decimal comma in German), no grouping. */
export function formatNumber(value: number, lang: ExportLang): string {
  const text = String(Math.round(value * 1000) / 1000);
  return lang === 'de' ? text.replace('.', ',') : text;
}

/** Formats an RFC 3339 full-date (or the date part of a date-time) for print. */
export function formatDate(iso: string, lang: ExportLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
}
