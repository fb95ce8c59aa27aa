/**
 * Text measuring and wrapping for the board geometry, independent of the renderer:
 * the measure is injected (the board on screen: canvas `measureText`, see
 * src/canvas/textMeasure.ts; the PDF: real font metrics; the SVG: an
 * approximation), and every one of them wraps with the same rules.
 */

/** Width of `text` at font `size` (in the same unit as `size`). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A font as the geometry sees it: size, weight and the height of one line. */
export interface Font {
  readonly size: number;
  readonly bold: boolean;
  readonly lineHeight: number;
}

/** Wrapped text: its lines and the height they take. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly height: number;
}

/** `text` wrapped to `maxWidth` in `font` (at least one line, so never 0 high). */
export function measureBlock(
  text: string,
  font: Font,
  maxWidth: number,
  measure: Measure,
): TextBlock {
  const lines = wrapText(text, maxWidth, font.size, font.bold, measure);
  return { lines, height: Math.max(1, lines.length) * font.lineHeight };
}

/** Splits a word that is wider than the line into pieces that fit. */
function breakWord(
  word: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch, size, bold) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Wraps text into lines no wider than `maxWidth`; line breaks in the text are kept,
 * words longer than a line are broken. At most `maxLines` lines; a cut ends in "…".
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  const space = measure(' ', size, bold);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const raw of paragraph.split(/[ \t]+/)) {
      if (raw === '') continue;
      const width = measure(raw, size, bold);
      const parts = width > maxWidth ? breakWord(raw, maxWidth, size, bold, measure) : [raw];
      for (const word of parts) {
        const w = parts.length === 1 ? width : measure(word, size, bold);
        if (line === '') {
          line = word;
          lineWidth = w;
        } else if (lineWidth + space + w <= maxWidth) {
          line += ' ' + word;
          lineWidth += space + w;
        } else {
          lines.push(line);
          line = word;
          lineWidth = w;
        }
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return clampLines(lines, maxLines, maxWidth, size, bold, measure);
}

/** Keeps at most `maxLines` of wrapped `lines`; when some are dropped the last kept one ends in "…". */
export function clampLines(
  lines: readonly string[],
  maxLines: number,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = ellipsize(kept[kept.length - 1]!, maxWidth, size, bold, measure);
  return kept;
}

/**
 * Shortens a line so that it ends with "…" and fits `maxWidth`, at a word
 * boundary when that keeps most of the line (whole characters, never half a pair).
 */
export function ellipsize(
  line: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string {
  const chars = [...line];
  const fits = (k: number) => measure(chars.slice(0, k).join('') + '…', size, bold) <= maxWidth;
  // the longest prefix that fits (width grows with length: binary search)
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const n = lo;
  let cut = chars.slice(0, n).join('');
  const space = cut.lastIndexOf(' ');
  if (n < chars.length && space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.trimEnd() + '…';
}
