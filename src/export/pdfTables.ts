/**
 * The closing pages of the PDF: the action list (owner, status, due, cards it
 * acts on) and a KPI overview (baseline, latest, target, status). Tables flow over
 * as many pages as they need and repeat their header row.
 */
import type { JourneyMap } from '../model/types';
import { kpiValue } from './cardFacts';
import { kpiFacts } from './kpiView';
import { formatDate, type ExportLabels, type ExportLang } from './labels';
import type { Painter } from './pdfPainter';
import { wrapText, type Measure } from './text';
import { GRID, HEADER_FILL, INK, KPI_STATUS_COLOR, MUTED } from './theme';

export interface TableColumn {
  readonly title: string;
  /** share of the table width */
  readonly share: number;
}

export interface Cell {
  readonly text: string;
  readonly color?: string;
}

export interface FlowArea {
  readonly width: number;
  readonly height: number;
  /** starts a fresh page and returns its painter (origin at the content area's top-left) */
  newPage(): Painter;
}

const SIZE = 8;
const LH = SIZE * 1.3;
const PAD = 4;

/** A cursor that writes top to bottom and turns the page when full. */
class Flow {
  private painter: Painter;
  y = 0;
  constructor(
    private readonly area: FlowArea,
    readonly measure: Measure,
  ) {
    this.painter = area.newPage();
  }
  get p(): Painter {
    return this.painter;
  }
  get width(): number {
    return this.area.width;
  }
  /** Makes room for `h` points, turning the page if needed; true when it turned. */
  need(h: number): boolean {
    if (this.y + h <= this.area.height || this.y === 0) return false;
    this.painter = this.area.newPage();
    this.y = 0;
    return true;
  }
  heading(text: string): void {
    this.need(40);
    if (this.y > 0) this.y += 12;
    this.painter.text(text, 0, this.y, 13, true, INK);
    this.y += 22;
  }
}

function drawTable(
  flow: Flow,
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
): void {
  const widths = columns.map((c) => c.share * flow.width);
  const wrapRow = (cells: readonly Cell[], bold: boolean) =>
    cells.map((cell, i) => wrapText(cell.text, widths[i]! - 2 * PAD, SIZE, bold, flow.measure, 12));
  const header = wrapRow(
    columns.map((c) => ({ text: c.title })),
    true,
  );
  const headerHeight = Math.max(...header.map((l) => l.length)) * LH + 2 * PAD;
  const drawRow = (
    lines: string[][],
    cells: readonly Cell[] | undefined,
    bold: boolean,
    height: number,
  ) => {
    let x = 0;
    lines.forEach((cellLines, i) => {
      flow.p.rect(x, flow.y, widths[i]!, height, bold ? HEADER_FILL : undefined, GRID);
      flow.p.lines(cellLines, x + PAD, flow.y + PAD, SIZE, bold, LH, cells?.[i]?.color ?? INK);
      x += widths[i]!;
    });
    flow.y += height;
  };
  flow.need(headerHeight + LH + 2 * PAD);
  drawRow(header, undefined, true, headerHeight);
  for (const cells of rows) {
    const lines = wrapRow(cells, false);
    const height = Math.max(1, ...lines.map((l) => l.length)) * LH + 2 * PAD;
    if (flow.need(height)) drawRow(header, undefined, true, headerHeight);
    drawRow(lines, cells, false, height);
  }
}

/** Draws the actions and the KPI overview, starting on a new page. */
export function drawClosingPages(
  map: JourneyMap,
  area: FlowArea,
  measure: Measure,
  labels: ExportLabels,
  lang: ExportLang,
): void {
  const flow = new Flow(area, measure);
  const f = labels.fields;
  const cardText = new Map(map.cards.map((c) => [c.id, c.text]));
  flow.heading(labels.actions);
  const actions = map.actions ?? [];
  if (actions.length === 0) {
    flow.p.text(labels.noActions, 0, flow.y, SIZE + 1, false, MUTED);
    flow.y += LH * 2;
  } else {
    drawTable(
      flow,
      [
        { title: f.title, share: 0.32 },
        { title: f.owner, share: 0.16 },
        { title: f.status, share: 0.1 },
        { title: f.due, share: 0.1 },
        { title: f.cards, share: 0.32 },
      ],
      actions.map((a) => [
        { text: a.title },
        { text: a.ownerTeam ?? labels.empty },
        { text: labels.actionStatus[a.status] },
        { text: a.due ? formatDate(a.due, lang) : labels.empty },
        { text: a.cardIds.map((id) => cardText.get(id) ?? id).join('; ') || labels.empty },
      ]),
    );
  }
  const phaseName = new Map(map.phases.map((p) => [p.id, p.name]));
  const kpiCards = map.cards.filter((c) => c.kpi !== undefined);
  if (kpiCards.length === 0) return;
  flow.heading(labels.kpiOverview);
  const dated = (value: string, date: string | undefined) =>
    date ? `${value} (${formatDate(date, lang)})` : value;
  drawTable(
    flow,
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
      const latestDate = kpi.measurements?.at(-1)?.date ?? kpi.baseline?.date;
      return [
        { text: card.text },
        { text: phaseName.get(card.phaseId) ?? card.phaseId },
        { text: dated(kpiValue(k.baseline, kpi, lang, labels.empty), kpi.baseline?.date) },
        {
          text: dated(
            kpiValue(k.latest, kpi, lang, labels.empty),
            k.latest === undefined ? undefined : latestDate,
          ),
        },
        { text: dated(kpiValue(k.target, kpi, lang, labels.empty), kpi.target?.date) },
        { text: labels.kpiStatus[k.status], color: KPI_STATUS_COLOR[k.status] },
      ];
    }),
  );
}
