/**
 * Text blocks of the board geometry: wrapped text with its height, and text cut
 * short with "…" where it must fit a number of lines (the printed board).
 */
import { wrapText, type Measure } from './text';

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

/** `wrapText` to at most `maxLines` lines; a cut ends in "…". */
export function wrapClamped(
  text: string,
  maxWidth: number,
  size: number,
  bold: boolean,
  measure: Measure,
  maxLines: number,
): string[] {
  return clampLines(
    wrapText(text, maxWidth, size, bold, measure),
    maxLines,
    maxWidth,
    size,
    bold,
    measure,
  );
}
