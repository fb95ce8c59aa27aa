/**
 * The exports' text measures, injected into the board geometry's wrapping
 * (src/model/geometry/text.ts): the PDF's font metrics go through `cachedMeasure`,
 * the SVG (and so the PNG) use `approximateMeasure`.
 */
import type { Measure } from '../model/geometry/text';

/**
 * Caches widths at size 1 per word: card texts repeat words a lot, and measuring
 * through a font engine is the slow part of laying out a 2,000-card board.
 */
export function cachedMeasure(widthAtOne: (text: string, bold: boolean) => number): Measure {
  const cache = [new Map<string, number>(), new Map<string, number>()];
  return (text, size, bold) => {
    const map = cache[bold ? 1 : 0]!;
    let w = map.get(text);
    if (w === undefined) {
      w = widthAtOne(text, bold);
      map.set(text, w);
    }
    return w * size;
  };
}

// Relative advance widths close to DejaVu Sans / Verdana, per character class.
const NARROW = new Set("iIjl.,;:!|'`()[]{} ".split(''));
const WIDE = new Set('mwMWÆŒæœ@%'.split(''));

/** An approximate measure for renderers without font metrics (SVG in any browser). */
export const approximateMeasure: Measure = (text, size, bold) => {
  let units = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) units += 0.32;
    else if (WIDE.has(ch)) units += 0.92;
    else if (ch >= 'A' && ch <= 'Z') units += 0.7;
    else if (ch >= '0' && ch <= '9') units += 0.64;
    else units += 0.6;
  }
  return units * size * (bold ? 1.08 : 1);
};
