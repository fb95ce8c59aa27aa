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

const en: ExportLabels = {
  laneTypes: byLaneType((info) => info.names.en),
  channels: {
    web: 'Web',
    app: 'App',
    email: 'Email',
    phone: 'Phone',
    chat: 'Chat',
    store: 'Store',
    mail: 'Mail',
    social: 'Social media',
    event: 'Event',
    partner: 'Partner',
    other: 'Other',
  },
  states: { current: 'As-is', future: 'To-be' },
  directions: { higherIsBetter: 'higher is better', lowerIsBetter: 'lower is better' },
  actionStatus: { open: 'Open', doing: 'In progress', done: 'Done' },
  kpiStatus: { notMeasured: 'not measured', onTarget: 'on target', offTarget: 'off target' },
  fields: {
    id: 'ID',
    phase: 'Phase',
    lane: 'Lane',
    laneType: 'Lane type',
    text: 'Text',
    channel: 'Channel',
    ownerTeam: 'Owner team',
    score: 'Score',
    severity: 'Severity',
    impact: 'Impact',
    effort: 'Effort',
    votes: 'Votes',
    tags: 'Tags',
    unit: 'Unit',
    direction: 'Direction',
    baseline: 'Baseline',
    latest: 'Latest',
    target: 'Target',
    status: 'Status',
    links: 'Links',
    comments: 'Comments',
    title: 'Action',
    owner: 'Owner',
    due: 'Due',
    cards: 'Cards',
    baselineDate: 'Baseline date',
    latestDate: 'Latest date',
    targetDate: 'Target date',
  },
  codeSuffix: ' (code)',
  fullTextInAppendix: '→ full text in the appendix',
  appendix: 'Appendix: full texts',
  persona: 'Persona',
  cxGoal: 'CX goal',
  asOf: 'As of',
  actions: 'Actions',
  noActions: 'No actions recorded.',
  kpiOverview: 'KPIs',
  kpi: 'KPI',
  pageOf: 'Page {n} of {total}',
  continued: '(continued)',
  empty: '—',
};

const de: ExportLabels = {
  laneTypes: byLaneType((info) => info.names.de),
  channels: {
    web: 'Web',
    app: 'App',
    email: 'E-Mail',
    phone: 'Telefon',
    chat: 'Chat',
    store: 'Filiale',
    mail: 'Post',
    social: 'Social Media',
    event: 'Veranstaltung',
    partner: 'Partner',
    other: 'Sonstiges',
  },
  states: { current: 'Ist-Zustand', future: 'Soll-Zustand' },
  directions: { higherIsBetter: 'höher ist besser', lowerIsBetter: 'niedriger ist besser' },
  actionStatus: { open: 'Offen', doing: 'In Arbeit', done: 'Erledigt' },
  kpiStatus: { notMeasured: 'nicht gemessen', onTarget: 'im Ziel', offTarget: 'nicht im Ziel' },
  fields: {
    id: 'ID',
    phase: 'Phase',
    lane: 'Bahn',
    laneType: 'Bahntyp',
    text: 'Text',
    channel: 'Kanal',
    ownerTeam: 'Verantwortliches Team',
    score: 'Wert',
    severity: 'Schweregrad',
    impact: 'Wirkung',
    effort: 'Aufwand',
    votes: 'Stimmen',
    tags: 'Schlagwörter',
    unit: 'Einheit',
    direction: 'Richtung',
    baseline: 'Ausgangswert',
    latest: 'Aktuell',
    target: 'Ziel',
    status: 'Status',
    links: 'Verknüpfungen',
    comments: 'Kommentare',
    title: 'Maßnahme',
    owner: 'Verantwortlich',
    due: 'Fällig',
    cards: 'Karten',
    baselineDate: 'Datum Ausgangswert',
    latestDate: 'Datum aktuell',
    targetDate: 'Zieldatum',
  },
  codeSuffix: ' (Code)',
  fullTextInAppendix: '→ vollständiger Text im Anhang',
  appendix: 'Anhang: vollständige Texte',
  persona: 'Persona',
  cxGoal: 'CX-Ziel',
  asOf: 'Stand',
  actions: 'Maßnahmen',
  noActions: 'Keine Maßnahmen erfasst.',
  kpiOverview: 'KPIs',
  kpi: 'KPI',
  pageOf: 'Seite {n} von {total}',
  continued: '(Fortsetzung)',
  empty: '—',
};

/** The label set for an export language. */
export function labelsFor(lang: ExportLang): ExportLabels {
  return lang === 'de' ? de : en;
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
