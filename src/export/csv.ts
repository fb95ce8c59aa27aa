/**
 * CSV: one row per card with every typed field, for spreadsheets. RFC 4180
 * (comma, CRLF, quotes doubled), UTF-8 with a BOM so Excel reads umlauts right.
 * Rows run phase by phase, lane by lane, in card order; numbers keep a decimal
 * point so they stay numbers for any tool.
 */
import type { Card, JourneyMap } from '../model/types';
import { kpiFacts } from './kpiView';
import { exportLang, labelsFor, type ExportLabels } from './labels';
import { cardsByCell } from './layout';

export const CSV_BOM = '\uFEFF';

/** The column keys, in order; headers are their labels in the map's language. */
export const CSV_COLUMNS = [
  'id',
  'phase',
  'lane',
  'laneType',
  'text',
  'channel',
  'ownerTeam',
  'score',
  'severity',
  'impact',
  'effort',
  'votes',
  'tags',
  'unit',
  'direction',
  'baseline',
  'latest',
  'target',
  'status',
  'links',
  'comments',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Quotes a field when it holds a comma, quote, CR or LF (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const num = (v: number | undefined) => (v === undefined ? '' : String(v));

function row(
  card: Card,
  phase: string,
  lane: string,
  laneType: string,
  labels: ExportLabels,
): Record<CsvColumn, string> {
  const k = card.kpi ? kpiFacts(card.kpi) : undefined;
  return {
    id: card.id,
    phase,
    lane,
    laneType,
    text: card.text,
    channel: card.channel ? labels.channels[card.channel] : '',
    ownerTeam: card.ownerTeam ?? '',
    score: num(card.score),
    severity: num(card.severity),
    impact: num(card.impact),
    effort: num(card.effort),
    votes: num(card.votes),
    tags: (card.tags ?? []).join('; '),
    unit: card.kpi?.unit ?? '',
    direction: card.kpi ? labels.directions[card.kpi.direction] : '',
    baseline: num(k?.baseline),
    latest: num(k?.latest),
    target: num(k?.target),
    status: k ? labels.kpiStatus[k.status] : '',
    links: (card.links ?? []).join(' '),
    comments: card.comments && card.comments.length > 0 ? String(card.comments.length) : '',
  };
}

/** The map's cards as CSV text, starting with a BOM. */
export function exportCsv(map: JourneyMap): string {
  const labels = labelsFor(exportLang(map));
  const lines = [CSV_COLUMNS.map((c) => csvField(labels.fields[c])).join(',')];
  const cells = cardsByCell(map);
  const seen = new Set<string>();
  const push = (card: Card, phase: string, lane: string, laneType: string) => {
    seen.add(card.id);
    const r = row(card, phase, lane, laneType, labels);
    lines.push(CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
  };
  for (const phase of map.phases) {
    for (const lane of map.lanes) {
      for (const card of cells.get(`${lane.id}\u0000${phase.id}`) ?? [])
        push(card, phase.name, lane.name, labels.laneTypes[lane.type]);
    }
  }
  // A card whose lane or phase is missing (a broken file) still gets its row, by id.
  for (const card of map.cards) if (!seen.has(card.id)) push(card, card.phaseId, card.laneId, '');
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV text (BOM allowed) into rows of fields. */
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
