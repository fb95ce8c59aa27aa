/**
 * CSV: one row per card with every typed field, for spreadsheets; after one empty line
 * a second table `field,label,value` with the map's header (persona, scenario, CX goal,
 * owner, tags…; `readCsvTables` splits them). RFC 4180
 * (comma, CRLF, quotes doubled), UTF-8 with a BOM so Excel reads umlauts right.
 * Rows run phase by phase, lane by lane, in card order; numbers keep a decimal
 * point so they stay numbers for any tool.
 *
 * Readable back: every enumerated field has a code column with the format's value
 * (`touchpoints`, `web`, `higherIsBetter`, `on-target`) next to a column with its
 * label in the map's language; dates are ISO (`2026-11-22`).
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or
 * `@` (or tab/CR) as a formula, so a card text like `=HYPERLINK(…)` would become
 * one. Such a text cell gets a leading apostrophe (`'=HYPERLINK(…)`), and so does a
 * cell that already starts with one, so `readCsvCell` can strip exactly one and
 * give the text back. Plain numbers (`-2`, `12.5`) stay as they are.
 */
import type { Card, JourneyMap, Lane } from '../model/types';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor, type ExportLabels } from './labels';
import { cardsByCell, cellKey } from './printLayout';
import { headerFacts } from './printHeader';

export const CSV_BOM = '\uFEFF';

/** The column keys, in order; headers are their labels in the map's language. */
export const CSV_COLUMNS = [
  'id',
  'phase',
  'lane',
  'laneType',
  'laneTypeLabel',
  'text',
  'channel',
  'channelLabel',
  'ownerTeam',
  'score',
  'severity',
  'impact',
  'effort',
  'votes',
  'tags',
  'unit',
  'direction',
  'directionLabel',
  'baseline',
  'baselineDate',
  'latest',
  'latestDate',
  'target',
  'targetDate',
  'status',
  'statusLabel',
  'links',
  'comments',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns that hold a format code; their `…Label` twin holds the translation. */
const CODE_COLUMNS = new Set<CsvColumn>(['laneType', 'channel', 'direction', 'status']);

/** The header of a column in the labels' language (`Kanal (Code)`, `Kanal`). */
export function csvHeader(column: CsvColumn, labels: ExportLabels): string {
  if (CODE_COLUMNS.has(column))
    return (
      labels.fields[column as 'laneType' | 'channel' | 'direction' | 'status'] + labels.codeSuffix
    );
  const base = column.endsWith('Label') ? column.slice(0, -'Label'.length) : column;
  return labels.fields[base as Exclude<CsvColumn, `${string}Label`>];
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r']/;

/** Neutralises a cell a spreadsheet would run as a formula (see the module comment). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The text of a cell read back from our CSV: undoes `guardCell`. */
export function readCsvCell(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Quotes a field when it holds a comma, quote, CR or LF (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const num = (v: number | undefined) => (v === undefined ? '' : String(v));

function row(card: Card, phase: string, lane: Lane | undefined, labels: ExportLabels) {
  const kpi = card.kpi;
  const k = kpi ? kpiFacts(kpi) : undefined;
  const cells: Record<CsvColumn, string> = {
    id: card.id,
    phase,
    lane: lane?.name ?? card.laneId,
    laneType: lane?.type ?? '',
    laneTypeLabel: lane ? labels.laneTypes[lane.type] : '',
    text: card.text,
    channel: card.channel ?? '',
    channelLabel: card.channel ? labels.channels[card.channel] : '',
    ownerTeam: card.ownerTeam ?? '',
    score: num(card.score),
    severity: num(card.severity),
    impact: num(card.impact),
    effort: num(card.effort),
    votes: num(card.votes),
    tags: (card.tags ?? []).join('; '),
    unit: kpi?.unit ?? '',
    direction: kpi?.direction ?? '',
    directionLabel: kpi ? labels.directions[kpi.direction] : '',
    baseline: num(k?.baseline),
    baselineDate: k?.baselineDate ?? '',
    latest: num(k?.latest),
    latestDate: k?.latestDate ?? '',
    target: num(k?.target),
    targetDate: k?.targetDate ?? '',
    status: k?.statusCode ?? '',
    statusLabel: k ? labels.kpiStatus[k.status] : '',
    links: (card.links ?? []).join(' '),
    comments: card.comments && card.comments.length > 0 ? String(card.comments.length) : '',
  };
  return CSV_COLUMNS.map((c) => csvField(guardCell(cells[c]))).join(',');
}

/** The map's cards as CSV text, starting with a BOM. */
export function exportCsv(map: JourneyMap): string {
  const labels = labelsFor(exportLang(map));
  const lines = [CSV_COLUMNS.map((c) => csvField(csvHeader(c, labels))).join(',')];
  const cells = cardsByCell(map);
  const seen = new Set<string>();
  for (const phase of map.phases) {
    for (const lane of map.lanes) {
      for (const card of cells.get(cellKey(lane.id, phase.id)) ?? []) {
        seen.add(card.id);
        lines.push(row(card, phase.name, lane, labels));
      }
    }
  }
  // A card whose lane or phase is missing (a broken file) still gets its row, by id.
  const lanes = new Map(map.lanes.map((l) => [l.id, l]));
  const phases = new Map(map.phases.map((p) => [p.id, p.name]));
  for (const card of map.cards) {
    if (!seen.has(card.id))
      lines.push(
        row(card, phases.get(card.phaseId) ?? card.phaseId, lanes.get(card.laneId), labels),
      );
  }
  // the map's header as a second table after one empty line (printHeader.ts; README)
  const facts = headerFacts(map);
  if (facts.length > 0) {
    lines.push('', HEADER_COLUMNS.map(csvField).join(','));
    for (const f of facts) lines.push([f.key, f.label, guardCell(f.value)].map(csvField).join(','));
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** Columns of the header table: the field's code, its label, its value. */
export const HEADER_COLUMNS = ['field', 'label', 'value'] as const;

/**
 * Splits an exported CSV into its card table (header row first) and the map's header
 * table (`field,label,value` rows, without their header row; empty when the map has none).
 */
export function readCsvTables(text: string): { cards: string[][]; header: string[][] } {
  const rows = parseCsv(text);
  const gap = rows.findIndex((r) => r.length === 1 && r[0] === '');
  if (gap < 0) return { cards: rows, header: [] };
  return { cards: rows.slice(0, gap), header: rows.slice(gap + 2) };
}

/** Parses RFC 4180 CSV text (BOM allowed) into rows of raw fields (see `readCsvCell`). */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
