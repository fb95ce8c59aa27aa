/**
 * A thin drawing surface over a PDF page with the board's coordinate system
 * (origin top-left, y down), so the PDF code reads like the SVG code.
 *
 * It writes the page's content stream itself, as text: a 2,000-card board is tens
 * of thousands of operators, and building each as pdf-lib objects (number objects,
 * name lookups, argument checks) and formatting them back took more time than the
 * rest of the export. pdf-lib still embeds and subsets the fonts, and writes the file.
 */
import { PDFName, type PDFDocument, type PDFFont, type PDFPage } from './pdfLib';
import { rgbOf } from './theme';

export interface PdfFontPair {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** zlib (RFC 1950) compression, as FlateDecode wants it; `undefined` uses pdf-lib's own. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

const FONT_KEY = { regular: 'F1', bold: 'F2' } as const;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
/** Bézier handle length for a quarter circle. */
const KAPPA = 0.5522847498;

/** Numbers in the content stream: two decimals are 1/7200 in, far below what prints. */
function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? '0' : String(r);
}

const colorCache = new Map<string, string>();
/** `r g b` of a `#rrggbb` colour (the operator name is appended by the caller). */
function rgbArgs(hex: string): string {
  let args = colorCache.get(hex);
  if (args === undefined) {
    args = rgbOf(hex)
      .map((c) => num(Math.round(c * 1000) / 1000))
      .join(' ');
    colorCache.set(hex, args);
  }
  return args;
}

/**
 * Text in a font as the hex string of its glyph ids. The fonts map each character
 * to one glyph (`pdfFontkit.ts`), so a line's code is the concatenation of its
 * characters' codes: each character goes through pdf-lib once per font (which
 * also puts its glyph into the embedded subset), every later use is a lookup.
 */
export class TextEncoding {
  private readonly glyphs = [new Map<string, string>(), new Map<string, string>()];
  constructor(readonly fonts: PdfFontPair) {}

  encode(line: string, bold: boolean): string {
    const map = this.glyphs[bold ? 1 : 0]!;
    const font = bold ? this.fonts.bold : this.fonts.regular;
    let hex = '';
    for (const ch of ASCII.test(line) ? line : line.normalize('NFC')) {
      let code = map.get(ch);
      if (code === undefined) {
        code = font.encodeText(ch).asString();
        map.set(ch, code);
      }
      hex += code;
    }
    return `<${hex}>`;
  }
}

/** The operators of one page, collected as text and written once at the end. */
export class PageContent {
  private readonly ops: string[] = [];
  private prefix = '';
  readonly height: number;
  readonly fonts: PdfFontPair;

  constructor(
    readonly page: PDFPage,
    private readonly encoding: TextEncoding,
  ) {
    this.height = page.getHeight();
    this.fonts = encoding.fonts;
  }

  push(op: string): void {
    this.ops.push(op);
  }

  /**
   * Shrinks the page by `factor`, content included (a poster taller than PDF
   * viewers allow); draw first in the unscaled coordinates.
   */
  scale(factor: number): void {
    this.page.setSize(this.page.getWidth() * factor, this.page.getHeight() * factor);
    this.prefix = `${num(factor)} 0 0 ${num(factor)} 0 0 cm\n`;
  }

  /** Encodes `line` in a font, which also marks its glyphs for the embedded subset. */
  encode(line: string, bold: boolean): string {
    return this.encoding.encode(line, bold);
  }

  /** Writes the operators as the page's (compressed) content stream. */
  async finish(doc: PDFDocument, deflate?: Deflate): Promise<void> {
    const body = `q\n${this.prefix}${this.ops.join('\n')}\nQ\n`;
    const bytes = new TextEncoder().encode(body);
    const stream = deflate
      ? doc.context.stream(await deflate(bytes), { Filter: 'FlateDecode' })
      : doc.context.flateStream(bytes);
    const node = this.page.node;
    node.addContentStream(doc.context.register(stream));
    node.setFontDictionary(PDFName.of(FONT_KEY.regular), this.fonts.regular.ref);
    node.setFontDictionary(PDFName.of(FONT_KEY.bold), this.fonts.bold.ref);
  }
}

export class Painter {
  constructor(
    readonly content: PageContent,
    /** where board point (0,0) lands on the page, in top-left page coordinates */
    private readonly dx = 0,
    private readonly dy = 0,
  ) {}

  /** The same page, with the origin moved by (dx, dy). */
  shifted(dx: number, dy: number): Painter {
    return new Painter(this.content, this.dx + dx, this.dy + dy);
  }

  private X(x: number): string {
    return num(this.dx + x);
  }
  private Y(y: number): string {
    return num(this.content.height - (this.dy + y));
  }

  private font(bold: boolean): PDFFont {
    return bold ? this.content.fonts.bold : this.content.fonts.regular;
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
    let left = x;
    if (align !== 'left') {
      const w = this.font(bold).widthOfTextAtSize(line, size);
      left = align === 'center' ? x - w / 2 : x - w;
    }
    const c = this.content;
    c.push(
      `BT /${bold ? FONT_KEY.bold : FONT_KEY.regular} ${num(size)} Tf ${rgbArgs(hex)} rg ${this.X(left)} ${this.Y(top + size * 0.93)} Td ${c.encode(line, bold)} Tj ET`,
    );
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
    if (align !== 'left' || lines.length < 2) {
      lines.forEach((line, i) => this.text(line, x, top + i * lineHeight, size, bold, hex, align));
      return;
    }
    // one text object for the block, each next line one leading (TL) further down
    const c = this.content;
    const shown = lines.map((l) => (l === '' ? 'T*' : `${c.encode(l, bold)} Tj T*`)).join(' ');
    c.push(
      `BT /${bold ? FONT_KEY.bold : FONT_KEY.regular} ${num(size)} Tf ${num(lineHeight)} TL ${rgbArgs(hex)} rg ${this.X(x)} ${this.Y(top + size * 0.93)} Td ${shown} ET`,
    );
  }

  /** A rectangle, filled and/or outlined. */
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
    const fill = fillHex ? `${rgbArgs(fillHex)} rg ` : '';
    const stroke = strokeHex ? `${rgbArgs(strokeHex)} RG ${num(lineWidth)} w ` : '';
    const paint = fillHex && strokeHex ? 'B' : fillHex ? 'f' : 'S';
    this.content.push(
      `q ${fill}${stroke}${this.X(x)} ${this.Y(y + h)} ${num(w)} ${num(h)} re ${paint} Q`,
    );
  }

  line(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    hex: string,
    thickness = 0.5,
    dash?: readonly number[],
  ): void {
    const d = dash ? `[${dash.map(num).join(' ')}] 0 d ` : '';
    this.content.push(
      `q ${rgbArgs(hex)} RG ${num(thickness)} w ${d}${this.X(x1)} ${this.Y(y1)} m ${this.X(x2)} ${this.Y(y2)} l S Q`,
    );
  }

  /** A filled circle: four Bézier quarters. */
  circle(x: number, y: number, r: number, hex: string): void {
    const k = r * KAPPA;
    const P = (px: number, py: number) => `${this.X(px)} ${this.Y(py)}`;
    this.content.push(
      [
        `q ${rgbArgs(hex)} rg ${P(x + r, y)} m`,
        `${P(x + r, y + k)} ${P(x + k, y + r)} ${P(x, y + r)} c`,
        `${P(x - k, y + r)} ${P(x - r, y + k)} ${P(x - r, y)} c`,
        `${P(x - r, y - k)} ${P(x - k, y - r)} ${P(x, y - r)} c`,
        `${P(x + k, y - r)} ${P(x + r, y - k)} ${P(x + r, y)} c f Q`,
      ].join(' '),
    );
  }

  /** A polyline through board points, stroked with round joins. */
  polyline(points: readonly { x: number; y: number }[], hex: string, thickness: number): void {
    if (points.length < 2) return;
    const path = points
      .map((p, i) => `${this.X(p.x)} ${this.Y(p.y)} ${i === 0 ? 'm' : 'l'}`)
      .join(' ');
    this.content.push(`q ${rgbArgs(hex)} RG ${num(thickness)} w 1 j 1 J ${path} S Q`);
  }

  /** Runs `draw` with everything outside the rectangle clipped away. */
  clipped(x: number, y: number, w: number, h: number, draw: () => void): void {
    this.content.push(`q ${this.X(x)} ${this.Y(y + h)} ${num(w)} ${num(h)} re W n`);
    draw();
    this.content.push('Q');
  }
}
