// Types of ensure-system.mjs, for the TypeScript e2e harness that shares findChromium().

/** Where Chromium is, or what to do when it is not there. */
export type ChromiumLookup =
  { path: string; error?: undefined } | { path?: undefined; error: string };

export const MIN_NODE: readonly [number, number];
export function findChromium(): ChromiumLookup;
export function nodeProblem(version?: string): string | null;
export function ensureSystem(): void;
