/**
 * Text that flows over as many pages as it needs, for the pages after the board:
 * headings, paragraphs turned line by line, and tables whose rows never split and
 * whose heading and header row repeat on every page they continue to.
 */
import type { Painter } from './pdfPainter';
import { wrapText, type Measure } from '../model/geometry/text';
import { wrapClamped } from '../model/geometry/textBlock';
import { GRID, HEADER_FILL, INK } from './theme';

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

export const SIZE = 8;
export const LH = SIZE * 1.3;
const PAD = 4;
const HEADING = 13;

/** A cursor that writes top to bottom and turns the page when full. */
export class Flow {
  private painter: Painter | undefined;
  y = 0;
  constructor(
    private readonly area: FlowArea,
    readonly measure: Measure,
  ) {}

  get p(): Painter {
    this.painter ??= this.area.newPage();
    return this.painter;
  }
  get width(): number {
    return this.area.width;
  }
  get height(): number {
    return this.area.height;
  }

  /** Starts the next content on a fresh page (unless nothing is on the current one yet). */
  newPage(): void {
    if (this.painter !== undefined && this.y === 0) return;
    this.painter = this.area.newPage();
    this.y = 0;
  }

  /** Makes room for `h` points, turning the page if needed; true when it turned. */
  need(h: number): boolean {
    if (this.y + h <= this.area.height || this.y === 0) return false;
    this.newPage();
    return true;
  }

  /** A section heading, kept on one page with at least `keep` points of what follows. */
  heading(text: string, keep = 18): void {
    this.need(34 + keep);
    if (this.y > 0) this.y += 12;
    this.p.text(text, 0, this.y, HEADING, true, INK);
    this.y += 22;
  }

  /** A wrapped paragraph over the full width; long ones continue on the next page. */
  paragraph(text: string, bold = false, color = INK, after = 4): void {
    for (const line of wrapText(text, this.width, SIZE, bold, this.measure)) {
      this.need(LH);
      this.p.text(line, 0, this.y, SIZE, bold, color);
      this.y += LH;
    }
    this.y += after;
  }
}

/**
 * A table under `heading`. On every page it continues to, the heading (with
 * `continued`) and the header row come again. A cell holds at most what fits a
 * page, so a row always fits one.
 */
export function drawTable(
  flow: Flow,
  heading: { readonly text: string; readonly continued: string },
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
): void {
  const widths = columns.map((c) => c.share * flow.width);
  const maxLines = Math.max(3, Math.floor((flow.height - 80) / LH) - 3);
  const wrapRow = (cells: readonly Cell[], bold: boolean) =>
    cells.map((cell, i) =>
      wrapClamped(cell.text, widths[i]! - 2 * PAD, SIZE, bold, flow.measure, maxLines),
    );
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
  flow.heading(heading.text, headerHeight + LH + 2 * PAD);
  drawRow(header, undefined, true, headerHeight);
  for (const cells of rows) {
    const lines = wrapRow(cells, false);
    const height = Math.max(1, ...lines.map((l) => l.length)) * LH + 2 * PAD;
    if (flow.need(height)) {
      flow.heading(`${heading.text} ${heading.continued}`);
      drawRow(header, undefined, true, headerHeight);
    }
    drawRow(lines, cells, false, height);
  }
}
