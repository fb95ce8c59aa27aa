/** Colours of the printed board (PDF and SVG share them so both look alike). */
import type { LaneType } from '../model/types';

/** Card fill per lane type: light tints that print well in greyscale too. */
export const CARD_FILL: Readonly<Record<LaneType, string>> = {
  touchpoints: '#dcebff',
  interactions: '#e3f2e1',
  needs: '#fff4cc',
  goals: '#ede4ff',
  emotions: '#fde7f3',
  fears: '#ffe3e3',
  abortReasons: '#ffdccc',
  devices: '#e8eef2',
  painPoints: '#ffd3d3',
  opportunities: '#d6f5e5',
  itSystems: '#e4e4f2',
  employeeKnowledge: '#f2e8d9',
  kpis: '#dff3f7',
  backstage: '#ececec',
  notes: '#fff9db',
};

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
