/**
 * A thin drawing surface over a pdf-lib page with the board's coordinate system
 * (origin top-left, y down), so the PDF code reads like the SVG code.
 */
import {
  clip,
  endPath,
  fill,
  fillAndStroke,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFFont,
  type PDFPage,
} from './pdfLib';
import { rgbOf } from './theme';

export interface PdfFontPair {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

const color = (hex: string) => {
  const [r, g, b] = rgbOf(hex);
  return rgb(r, g, b);
};

export class Painter {
  /** page height, cached: every y is flipped against it */
  private readonly h: number;

  constructor(
    readonly page: PDFPage,
    private readonly fonts: PdfFontPair,
    /** where board point (0,0) lands on the page, in top-left page coordinates */
    private readonly dx = 0,
    private readonly dy = 0,
  ) {
    this.h = page.getHeight();
  }

  /** The same page, with the origin moved by (dx, dy). */
  shifted(dx: number, dy: number): Painter {
    return new Painter(this.page, this.fonts, this.dx + dx, this.dy + dy);
  }

  private X(x: number): number {
    return this.dx + x;
  }
  private Y(y: number): number {
    return this.h - (this.dy + y);
  }

  /** One line of text whose top is at `top`. */
  text(
    line: string,
    x: number,
    top: number,
    size: number,
    bold: boolean,
    hex: string,
    align: 'left' | 'center' | 'right' = 'left',
  ): void {
    if (line === '') return;
    const font = bold ? this.fonts.bold : this.fonts.regular;
    let left = x;
    if (align !== 'left') {
      const w = font.widthOfTextAtSize(line, size);
      left = align === 'center' ? x - w / 2 : x - w;
    }
    this.page.drawText(line, {
      x: this.X(left),
      y: this.Y(top + size * 0.93),
      size,
      font,
      color: color(hex),
    });
  }

  /** Lines of text, `lineHeight` apart. */
  lines(
    lines: readonly string[],
    x: number,
    top: number,
    size: number,
    bold: boolean,
    lineHeight: number,
    hex: string,
    align: 'left' | 'center' = 'left',
  ): void {
    if (align === 'left' && lines.length > 1) {
      // one text object for the block: far fewer operators than a drawText per line
      const font = bold ? this.fonts.bold : this.fonts.regular;
      this.page.drawText(lines.join('\n'), {
        x: this.X(x),
        y: this.Y(top + size * 0.93),
        size,
        font,
        lineHeight,
        color: color(hex),
      });
      return;
    }
    lines.forEach((line, i) => this.text(line, x, top + i * lineHeight, size, bold, hex, align));
  }

  /**
   * A rectangle, filled and/or outlined. Written as raw operators: the board has
   * thousands of them and pdf-lib's drawRectangle validates and wraps each one.
   */
  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    fillHex?: string,
    strokeHex?: string,
    lineWidth = 0.5,
  ): void {
    if (w <= 0 || h <= 0 || (!fillHex && !strokeHex)) return;
    const ops = [pushGraphicsState()];
    if (fillHex) ops.push(setFillingRgbColor(...rgbOf(fillHex)));
    if (strokeHex) ops.push(setStrokingRgbColor(...rgbOf(strokeHex)), setLineWidth(lineWidth));
    ops.push(
      rectangle(this.X(x), this.Y(y + h), w, h),
      fillHex && strokeHex ? fillAndStroke() : fillHex ? fill() : stroke(),
      popGraphicsState(),
    );
    this.page.pushOperators(...ops);
  }

  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    hex: string,
    thickness = 0.5,
    dash?: number[],
  ): void {
    this.page.drawLine({
      start: { x: this.X(x1), y: this.Y(y1) },
      end: { x: this.X(x2), y: this.Y(y2) },
      thickness,
      color: color(hex),
      ...(dash ? { dashArray: dash } : {}),
    });
  }

  circle(x: number, y: number, r: number, hex: string): void {
    this.page.drawCircle({ x: this.X(x), y: this.Y(y), size: r, color: color(hex) });
  }

  /** An SVG path given in board coordinates, stroked. */
  path(d: string, hex: string, thickness: number): void {
    this.page.drawSvgPath(d, {
      x: this.X(0),
      y: this.Y(0),
      borderColor: color(hex),
      borderWidth: thickness,
    });
  }

  /** Runs `draw` with everything outside the rectangle clipped away. */
  clipped(x: number, y: number, w: number, h: number, draw: () => void): void {
    this.page.pushOperators(
      pushGraphicsState(),
      rectangle(this.X(x), this.Y(y + h), w, h),
      clip(),
      endPath(),
    );
    draw();
    this.page.pushOperators(popGraphicsState());
  }
}
