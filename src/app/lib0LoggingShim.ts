/**
 * Stands in for `lib0/logging` in the browser build (vite.config.ts aliases it here).
 * Yjs imports that module for three console messages; its browser console styling
 * drags lib0's DOM helpers and runtime schema library (~9 KB minified) into the
 * first load. Here the same calls print plain text: the style markers are dropped.
 */

export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const RED = Symbol('red');
export const ORANGE = Symbol('orange');

const text = (args: readonly unknown[]) => args.filter((a) => typeof a !== 'symbol');

/** lib0's `print`: the arguments without style markers, on the console. */
export function print(...args: unknown[]): void {
  console.log(...text(args));
}

/** lib0's `warn`: the arguments without style markers, as a console warning. */
export function warn(...args: unknown[]): void {
  console.warn(...text(args));
}
