/**
 * The pages after the board, in this order: the KPI overview (baseline, latest,
 * target, status), an appendix with every card text the board had to shorten and
 * every comment, and — always last — the actions (owner, status, due, the cards
 * they act on). They start on a new page after the board and then follow each other
 * (a section turns the page only when its heading and first rows do not fit), so no
 * closing page is left nearly empty.
 */
import type { Card, JourneyMap } from '../model/types';
import { commentLines } from './printHeader';
import { kpiValue } from './cardFacts';
import { kpiFacts } from './kpiView';
import { formatDate, type ExportLabels, type ExportLang } from './labels';
import type { CardBox } from './printLayout';
import { drawTable, Flow, LH, SIZE, type FlowArea } from './pdfFlow';
import { INK, KPI_STATUS_COLOR, MUTED } from './theme';
import type { Measure } from '../model/geometry/text';

export type { FlowArea } from './pdfFlow';

export interface ClosingInput {
  readonly map: JourneyMap;
  readonly labels: ExportLabels;
  readonly lang: ExportLang;
  /** cards the board shows cut (their whole text goes to the appendix) */
  readonly cutCards: readonly CardBox[];
}

function kpiOverview(flow: Flow, { map, labels, lang }: ClosingInput): void {
  const kpiCards = map.cards.filter((c) => c.kpi !== undefined);
  if (kpiCards.length === 0) return;
  const f = labels.fields;
  const phaseName = new Map(map.phases.map((p) => [p.id, p.name]));
  const dated = (value: string, date: string | undefined) =>
    date ? `${value} (${formatDate(date, lang)})` : value;
  drawTable(
    flow,
    { text: labels.kpiOverview, continued: labels.continued },
    [
      { title: labels.kpi, share: 0.26 },
      { title: f.phase, share: 0.16 },
      { title: f.baseline, share: 0.15 },
      { title: f.latest, share: 0.15 },
      { title: f.target, share: 0.15 },
      { title: f.status, share: 0.13 },
    ],
    kpiCards.map((card) => {
      const kpi = card.kpi!;
      const k = kpiFacts(kpi);
      const value = (v: number | undefined) => kpiValue(v, kpi, lang, labels.empty);
      return [
        { text: card.text },
        { text: phaseName.get(card.phaseId) ?? card.phaseId },
        { text: dated(value(k.baseline), k.baselineDate) },
        { text: dated(value(k.latest), k.latest === undefined ? undefined : k.latestDate) },
        { text: dated(value(k.target), k.targetDate) },
        { text: labels.kpiStatus[k.status], color: KPI_STATUS_COLOR[k.status] },
      ];
    }),
  );
}

/**
 * The appendix: the full texts of cards the board cut, and every comment with its
 * author and date (the map's header is whole on the first page: pdfHeaderBlock.ts).
 * It follows the KPI overview on the same page when there is room.
 */
function appendix(flow: Flow, { map, labels, lang, cutCards }: ClosingInput): void {
  const commented = map.cards.filter((c) => (c.comments?.length ?? 0) > 0);
  if (cutCards.length === 0 && commented.length === 0) return;
  flow.heading(labels.appendix, 3 * LH);
  const phaseName = new Map(map.phases.map((p) => [p.id, p.name]));
  const laneName = new Map(map.lanes.map((l) => [l.id, l.name]));
  const where = (card: Card) =>
    [phaseName.get(card.phaseId), laneName.get(card.laneId)].filter(Boolean).join(' · ');
  for (const box of cutCards) {
    flow.need(3 * LH);
    flow.paragraph(where(box.card), true, MUTED, 2);
    flow.paragraph(box.card.text, false, INK, 10);
  }
  if (commented.length === 0) return;
  flow.need(4 * LH);
  flow.paragraph(labels.fields.comments, true, INK, 6);
  for (const card of commented) {
    flow.need(3 * LH);
    flow.paragraph(`${where(card)} · ${card.text}`, true, MUTED, 2);
    for (const line of commentLines(card, lang)) flow.paragraph(line, false, INK, 4);
    flow.y += 6;
  }
}

function actions(flow: Flow, { map, labels, lang }: ClosingInput): void {
  const f = labels.fields;
  const cardText = new Map(map.cards.map((c) => [c.id, c.text]));
  const list = map.actions ?? [];
  if (list.length === 0) {
    flow.heading(labels.actions);
    flow.p.text(labels.noActions, 0, flow.y, SIZE + 1, false, MUTED);
    flow.y += LH * 2;
    return;
  }
  drawTable(
    flow,
    { text: labels.actions, continued: labels.continued },
    [
      { title: f.title, share: 0.32 },
      { title: f.owner, share: 0.16 },
      { title: f.status, share: 0.1 },
      { title: f.due, share: 0.1 },
      { title: f.cards, share: 0.32 },
    ],
    list.map((a) => [
      { text: a.title },
      { text: a.ownerTeam ?? labels.empty },
      { text: labels.actionStatus[a.status] },
      { text: a.due ? formatDate(a.due, lang) : labels.empty },
      { text: a.cardIds.map((id) => cardText.get(id) ?? id).join('; ') || labels.empty },
    ]),
  );
}

/** Draws the closing sections, starting on a new page; the actions come last. */
export function drawClosingPages(input: ClosingInput, area: FlowArea, measure: Measure): void {
  const flow = new Flow(area, measure);
  kpiOverview(flow, input);
  appendix(flow, input);
  actions(flow, input);
}
