/** Insight rows as CSV (RFC 4180) and Markdown; JSON is the rows themselves. */
import type { ReportKind, RowsByKind } from './types';
import { REPORT_FIELDS } from './types';

/** A cell as text: lists joined with "; ", null as empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  return String(value);
}

function csvCell(text: string): string {
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function rowsToCsv<K extends ReportKind>(kind: K, rows: readonly RowsByKind[K][]): string {
  const fields = REPORT_FIELDS[kind] as readonly string[];
  const lines = [fields.join(',')];
  for (const row of rows) {
    const r = row as unknown as Record<string, unknown>;
    lines.push(fields.map((f) => csvCell(cellText(r[f]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function rowsToMarkdown<K extends ReportKind>(
  kind: K,
  rows: readonly RowsByKind[K][],
): string {
  const fields = REPORT_FIELDS[kind] as readonly string[];
  const lines = [
    `# ${kind}`,
    '',
    `| ${fields.join(' | ')} |`,
    `| ${fields.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows) {
    const r = row as unknown as Record<string, unknown>;
    lines.push(`| ${fields.map((f) => mdCell(cellText(r[f]))).join(' | ')} |`);
  }
  if (rows.length === 0) lines.push('', '_no rows_');
  return `${lines.join('\n')}\n`;
}
