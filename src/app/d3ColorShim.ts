/**
 * Stands in for `d3-color` in the browser build (vite.config.ts aliases it here).
 * React Flow's pan/zoom pulls d3-transition and d3-interpolate, which import
 * d3-color to tween colours: ~10 KB minified in the first load for a feature the
 * board never uses (its only transitions animate the viewport: numbers). Without a
 * parser, `color()` knows no colour, so d3 tweens any string with its number
 * interpolator ("rgb(0, 0, 0)" → "rgb(255, 0, 0)" still works, "red" → "blue" jumps);
 * the colour spaces themselves are refused loudly instead of answering wrongly.
 */

/** Parses nothing: every value is "not a colour" to d3-interpolate and d3-transition. */
export function color(): null {
  return null;
}

function refused(space: string): never {
  throw new Error(`d3-color's ${space}() is not in this build (src/app/d3ColorShim.ts)`);
}

export const rgb = (): never => refused('rgb');
export const hsl = (): never => refused('hsl');
export const lab = (): never => refused('lab');
export const hcl = (): never => refused('hcl');
export const cubehelix = (): never => refused('cubehelix');
