/** The maturity check's result and roadmap as Markdown (tables for wikis). Pure. */
import { escapeMarkdown } from './markdown';
import { maturityReport, type MaturityReportInput, type ReportTable } from './maturityReport';

function table(t: ReportTable): string[] {
  // inside a table only inline markers matter ("+1" at a cell's start is no list)
  const cell = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
  return [
    `| ${t.columns.map(cell).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** The check as a Markdown document. */
export function exportMaturityMarkdown(input: MaturityReportInput): string {
  const r = maturityReport(input);
  const out = [`# ${escapeMarkdown(r.title)}`, ''];
  for (const [label, value] of r.facts) out.push(`- **${label}:** ${escapeMarkdown(value)}`);
  out.push('', `## ${r.result.heading}`, '', ...table(r.result), '');
  if (r.measures.length) {
    out.push(`## ${r.measuresHeading}`, '', ...r.measures.map((m) => `- ${escapeMarkdown(m)}`), '');
  }
  if (r.evidence.length) {
    out.push(`## ${r.evidenceHeading}`, '', ...r.evidence.map((e) => `- ${escapeMarkdown(e)}`), '');
  }
  out.push(`## ${r.roadmap.heading}`, '');
  if (r.roadmap.rows.length) out.push(...table(r.roadmap), '');
  return out.join('\n');
}
