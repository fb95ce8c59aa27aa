/**
 * Markdown outline for wikis: the title (`#`), the map's whole header (printHeader.ts),
 * then per phase
 * (`##`) its lanes (`###`) and their cards as a list with their fields and comments
 * (author, date, text), then the
 * actions (`##`, a sibling of the phases).
 * Card text is escaped so it stays text, whatever characters it holds.
 */
import type { JourneyMap } from '../model/types';
import { cardFacts } from './cardFacts';
import { exportLang, formatDate, labelsFor } from './labels';
import { cardsByCell, cellKey } from './printLayout';
import { commentLines, headerFacts } from './printHeader';

/**
 * Escapes what Markdown would read as syntax, so text renders literally: inline
 * markers anywhere, block markers (heading, list, quote, numbered list) at the start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Text for a list item: lines after the first are indented to stay in the item. */
function item(text: string, indent: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdown);
  return lines.map((l, i) => (i === 0 ? l : `${indent}${l}`)).join('  \n');
}

/** The map as a Markdown document. */
export function exportMarkdown(map: JourneyMap): string {
  const lang = exportLang(map);
  const labels = labelsFor(lang);
  const out: string[] = [`# ${escapeMarkdown(map.title)}`, ''];
  // the whole header (printHeader.ts): persona, scenario, description, CX goal, owner, tags…
  for (const fact of headerFacts(map)) out.push(`- **${fact.label}:** ${item(fact.value, '  ')}`);
  out.push(`- **${labels.asOf}:** ${formatDate(map.updatedAt, lang)}`, '');

  const cells = cardsByCell(map);
  for (const phase of map.phases) {
    out.push(`## ${escapeMarkdown(phase.name)}`, '');
    if (phase.description) out.push(escapeMarkdown(phase.description), '');
    for (const lane of map.lanes) {
      const cards = cells.get(cellKey(lane.id, phase.id)) ?? [];
      if (cards.length === 0) continue;
      out.push(`### ${escapeMarkdown(lane.name)}`, '');
      for (const card of cards) {
        out.push(`- ${item(card.text, '  ') || labels.empty}`);
        // comments are listed whole below, not counted
        for (const fact of cardFacts(card, lane.type, labels, lang).filter(
          (f) => f.key !== 'comments',
        )) {
          out.push(`  - ${fact.label}: ${escapeMarkdown(fact.value)}`);
        }
        const comments = commentLines(card, lang);
        if (comments.length > 0) {
          out.push(`  - ${labels.fields.comments}:`);
          for (const line of comments) out.push(`    - ${item(line, '      ')}`);
        }
      }
      out.push('');
    }
  }

  const actions = map.actions ?? [];
  out.push(`## ${labels.actions}`, '');
  if (actions.length === 0) out.push(labels.noActions, '');
  else {
    const f = labels.fields;
    const cell = (s: string) => escapeMarkdown(s).replace(/\n/g, ' ');
    out.push(`| ${f.title} | ${f.owner} | ${f.status} | ${f.due} |`, '| --- | --- | --- | --- |');
    for (const a of actions) {
      out.push(
        `| ${cell(a.title)} | ${cell(a.ownerTeam ?? labels.empty)} | ${labels.actionStatus[a.status]} | ${a.due ? formatDate(a.due, lang) : labels.empty} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
