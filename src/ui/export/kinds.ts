/**
 * The export menu's entries, in order, without the exporters behind them: the menu
 * shows with the board while formats.ts (the registry and every exporter's code)
 * loads with the first export. kinds.test.ts keeps this list equal to the registry's.
 */
import type { ExportMenuLabel } from '../../export/registry';

export const MENU_KINDS: readonly ExportMenuLabel[] = [
  'pdfA4',
  'pdfA3',
  'pdfPoster',
  'png',
  'svg',
  'csv',
  'md',
  'json',
];
