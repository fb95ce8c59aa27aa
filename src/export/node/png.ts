/**
 * PNG of the board in Node (CLI, tests): the SVG rasterised by resvg with the
 * bundled DejaVu fonts, so the picture does not depend on the machine's fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import type { JourneyMap } from '../../model/types';
import { dejavuFontPaths } from './fonts';
import { exportSvg } from '../svg';

export interface PngOptions {
  /** pixels per point; 2 gives a sharp image on a projector */
  readonly scale?: number;
}

/** Renders the board to PNG bytes. */
export function exportPngNode(map: JourneyMap, options: PngOptions = {}): Uint8Array {
  const svg = exportSvg(map);
  const fonts = dejavuFontPaths();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
