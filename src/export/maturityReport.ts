/**
 * The maturity check's result and roadmap as plain sections of text and tables,
 * in English or German: what the Markdown and the PDF export both print. Pure.
 */
import {
  ASPECT_INFO,
  FIGURES,
  LEVEL_INFO,
  STAGE_INFO,
  agreedLevels,
  compareChecks,
  meanLevel,
  stageOf,
  summarizeRatings,
  type Evidence,
  type FigureId,
  type MaturityCheck,
} from '../model/maturity';
import { formatDate, type ExportLang } from './labels';

export interface MaturityReportInput {
  readonly check: MaturityCheck;
  readonly previous: MaturityCheck | null;
  /** evidence from the maps (null: left out) */
  readonly evidence: Evidence | null;
  readonly lang: ExportLang;
}

export interface ReportTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface MaturityReport {
  readonly title: string;
  readonly facts: readonly (readonly [label: string, value: string])[];
  readonly result: ReportTable;
  readonly measuresHeading: string;
  readonly measures: readonly string[];
  readonly evidenceHeading: string;
  readonly evidence: readonly string[];
  readonly roadmap: ReportTable;
}

const L = {
  en: {
    check: 'Maturity check',
    date: 'Date',
    participants: 'Participants',
    stage: 'Overall stage',
    mean: 'mean agreed level {mean} of 4',
    noStage: 'not yet (no agreed levels)',
    previous: 'Compared with',
    result: 'Result',
    cols: ['Aspect', 'Agreed level', 'Spread', 'Median', 'Last check', 'Change'],
    measures: 'Measures that fit the stage',
    evidence: 'Evidence from the maps',
    roadmap: 'Quarterly roadmap',
    roadmapCols: ['Quarter', 'Goal', 'Measure', 'Owner', 'Status', 'Aspect'],
    status: { planned: 'planned', doing: 'in progress', done: 'done' },
    fig: {
      maps: 'Maps in the repository',
      departments: 'Departments (owner teams) involved',
      withOwner: 'Maps with an owner',
      withPersona: 'Maps with a persona',
      kpisWithBaseline: 'Maps with KPIs that have a baseline',
      recentMeasurements: 'Maps with measurements in the last 90 days',
      recentlyChanged: 'Maps changed in the last 90 days',
      actionsDone: 'Actions done',
      actionsOpen: 'Actions open',
      actionsOverdue: 'Actions overdue',
      standardTemplate: 'Maps with the standard template phases',
    },
    of: 'of',
  },
  de: {
    check: 'Reifegrad-Check',
    date: 'Datum',
    participants: 'Teilnehmende',
    stage: 'Gesamtstufe',
    mean: 'mittlere vereinbarte Stufe {mean} von 4',
    noStage: 'noch keine (keine vereinbarten Stufen)',
    previous: 'Verglichen mit',
    result: 'Ergebnis',
    cols: ['Aspekt', 'Vereinbarte Stufe', 'Streuung', 'Median', 'Letzter Check', 'Veränderung'],
    measures: 'Passende Maßnahmen für die Stufe',
    evidence: 'Belege aus den Maps',
    roadmap: 'Quartals-Roadmap',
    roadmapCols: ['Quartal', 'Ziel', 'Maßnahme', 'Verantwortlich', 'Status', 'Aspekt'],
    status: { planned: 'geplant', doing: 'in Arbeit', done: 'erledigt' },
    fig: {
      maps: 'Maps im Repository',
      departments: 'Beteiligte Abteilungen (Owner-Teams)',
      withOwner: 'Maps mit Verantwortlichen',
      withPersona: 'Maps mit Persona',
      kpisWithBaseline: 'Maps mit KPIs mit Ausgangswert',
      recentMeasurements: 'Maps mit Messwerten der letzten 90 Tage',
      recentlyChanged: 'In den letzten 90 Tagen geänderte Maps',
      actionsDone: 'Erledigte Maßnahmen',
      actionsOpen: 'Offene Maßnahmen',
      actionsOverdue: 'Überfällige Maßnahmen',
      standardTemplate: 'Maps mit den Phasen der Standardvorlage',
    },
    of: 'von',
  },
} satisfies Record<ExportLang, unknown>;

const num = (n: number, lang: ExportLang) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en', { maximumFractionDigits: 1 }).format(n);

/** The report of a check: facts, result table, measures, evidence, roadmap. */
export function maturityReport({
  check,
  previous,
  evidence,
  lang,
}: MaturityReportInput): MaturityReport {
  const l = L[lang];
  const levels = agreedLevels(check);
  const stage = stageOf(levels);
  const mean = meanLevel(levels);
  const names = Object.values(check.participants).filter(Boolean);
  const facts: [string, string][] = [[l.date, formatDate(check.createdAt, lang)]];
  if (names.length) facts.push([l.participants, names.join(', ')]);
  facts.push([
    l.stage,
    stage && mean !== null
      ? `${STAGE_INFO[stage].name[lang]} (${l.mean.replace('{mean}', num(mean, lang))})`
      : l.noStage,
  ]);
  if (previous)
    facts.push([l.previous, `${previous.title} (${formatDate(previous.createdAt, lang)})`]);
  const changes = compareChecks(levels, previous ? agreedLevels(previous) : {});
  const rows = changes.map((c) => {
    const s = summarizeRatings(Object.values(check.aspects[c.aspect].ratings));
    const level = c.current === null ? '–' : `${c.current} – ${LEVEL_INFO[c.current]!.name[lang]}`;
    const delta = c.delta === null ? '–' : c.delta > 0 ? `+${c.delta}` : String(c.delta);
    return [
      ASPECT_INFO[c.aspect].name[lang],
      level,
      s.spread === null ? '–' : String(s.spread),
      s.median === null ? '–' : num(s.median, lang),
      ...(previous ? [c.previous === null ? '–' : String(c.previous), delta] : []),
    ];
  });
  const figure = (id: FigureId) => {
    const f = evidence![id];
    return `${l.fig[id]}: ${f.value}${f.total === null ? '' : ` ${l.of} ${f.total}`}`;
  };
  return {
    title: `${l.check}: ${check.title}`,
    facts,
    result: {
      heading: l.result,
      columns: previous ? l.cols : l.cols.slice(0, 4),
      rows,
    },
    measuresHeading: l.measures,
    measures: stage ? STAGE_INFO[stage].measures.map((m) => m[lang]) : [],
    evidenceHeading: l.evidence,
    evidence: evidence ? FIGURES.map(figure) : [],
    roadmap: {
      heading: l.roadmap,
      columns: l.roadmapCols,
      rows: check.roadmap.map((i) => [
        i.quarter,
        i.goal,
        i.measure,
        i.owner,
        l.status[i.status],
        i.aspect ? ASPECT_INFO[i.aspect].name[lang] : '–',
      ]),
    },
  };
}
