/**
 * The typed fields of a card as printable facts ("Channel: Web"), shared by the
 * board (PDF/SVG), Markdown and the KPI table, so every export says the same thing.
 */
import type { Card, Kpi, LaneType } from '../model/types';
import { laneTypeInfo } from '../model/laneTypes';
import { kpiFacts } from './kpiView';
import { formatNumber, type ExportLabels, type ExportLang } from './labels';

export interface CardFact {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** Formats a KPI value with its unit (`38,5 %`, `41 h`). */
export function kpiValue(
  value: number | undefined,
  kpi: Kpi,
  lang: ExportLang,
  empty: string,
): string {
  if (value === undefined) return empty;
  const unit = kpi.unit ? ` ${kpi.unit}` : '';
  return `${formatNumber(value, lang)}${unit}`;
}

function scoreText(score: number): string {
  return score > 0 ? `+${score}` : String(score);
}

/**
 * The facts of one card in print order. Only fields that are set appear, except
 * for a KPI, whose baseline/latest/target/status are always shown (an empty
 * baseline is itself the news: "not measured").
 */
export function cardFacts(
  card: Card,
  laneType: LaneType,
  labels: ExportLabels,
  lang: ExportLang,
): CardFact[] {
  const f = labels.fields;
  const facts: CardFact[] = [];
  const add = (key: string, label: string, value: string) => facts.push({ key, label, value });
  if (card.channel !== undefined) add('channel', f.channel, labels.channels[card.channel]);
  if (card.ownerTeam !== undefined) add('ownerTeam', f.ownerTeam, card.ownerTeam);
  if (card.score !== undefined) add('score', f.score, scoreText(card.score));
  if (card.severity !== undefined) add('severity', f.severity, `${card.severity}/5`);
  if (card.impact !== undefined) add('impact', f.impact, `${card.impact}/5`);
  if (card.effort !== undefined) add('effort', f.effort, `${card.effort}/5`);
  if (card.kpi !== undefined || laneTypeInfo(laneType).body === 'kpi') {
    const kpi: Kpi = card.kpi ?? { direction: 'higherIsBetter' };
    const k = kpiFacts(kpi);
    add('baseline', f.baseline, kpiValue(k.baseline, kpi, lang, labels.empty));
    add('latest', f.latest, kpiValue(k.latest, kpi, lang, labels.empty));
    add('target', f.target, kpiValue(k.target, kpi, lang, labels.empty));
    add('status', f.status, labels.kpiStatus[k.status]);
  }
  if (card.votes !== undefined && card.votes > 0) add('votes', f.votes, String(card.votes));
  if (card.tags !== undefined && card.tags.length > 0) add('tags', f.tags, card.tags.join(', '));
  if (card.comments !== undefined && card.comments.length > 0)
    add('comments', f.comments, String(card.comments.length));
  return facts;
}

/** Facts as short lines for a card on the board: label and value, related facts joined. */
export function factLines(facts: readonly CardFact[]): string[] {
  const byKey = new Map(facts.map((x) => [x.key, x]));
  const lines: string[] = [];
  const used = new Set<string>();
  const pair = (a: string, b: string) => {
    const x = byKey.get(a);
    const y = byKey.get(b);
    if (x && y) {
      lines.push(`${x.label}: ${x.value} · ${y.label}: ${y.value}`);
      used.add(a).add(b);
    }
  };
  // Channel and owner team (and impact/effort) read as one thought, so they share a line.
  pair('channel', 'ownerTeam');
  pair('impact', 'effort');
  for (const x of facts) if (!used.has(x.key)) lines.push(`${x.label}: ${x.value}`);
  return lines;
}
