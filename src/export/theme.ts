/** Colours of the printed board (PDF and SVG share them so both look alike). */
import { byLaneType } from '../model/laneTypes';
import type { LaneType } from '../model/types';

/** Card fill per lane type (the registry's print colour): light tints, fine in greyscale too. */
export const CARD_FILL: Readonly<Record<LaneType, string>> = byLaneType(
  (info) => info.colors.print,
);

export const INK = '#1f2430';
export const MUTED = '#5b6270';
export const GRID = '#c9ced8';
export const HEADER_FILL = '#f1f3f7';
export const CARD_BORDER = '#a9b0bd';
export const CURVE = '#c2185b';
export const KPI_STATUS_COLOR = {
  onTarget: '#2e7d32',
  offTarget: '#c62828',
  notMeasured: '#757575',
} as const;

/** `#rrggbb` to 0..1 components (for pdf-lib's `rgb`). */
export function rgbOf(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [0, 0, 0];
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
}

/** A card's own colour, when it is a valid `#rrggbb`, as an accent stripe. */
export function accentOf(color: string | undefined): string | undefined {
  return color !== undefined && /^#[0-9a-f]{6}$/i.test(color) ? color : undefined;
}
