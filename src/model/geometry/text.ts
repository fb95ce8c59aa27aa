/**
 * Text measuring and wrapping for the board geometry, independent of the renderer:
 * the measure is injected (the board on screen: canvas `measureText`, see
 * src/canvas/textMeasure.ts; the PDF: real font metrics; the SVG: an
 * approximation), and every one of them wraps with the same rules. Only what the
 * board on screen needs lives here (it is in the app's first chunk); text blocks
 * and cutting lines short are in textBlock.ts.
 */

/** Width of `text` at font `size` (in the same unit as `size`). */
export type Measure = (text: string, size: number, bold: boolean) => number;

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
 * words longer than a line are broken (`clampLines` in textBlock.ts limits the lines).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
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
  return lines;
}
