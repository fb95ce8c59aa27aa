/**
 * PNG of the board in Node (CLI, tests): the SVG rasterised by resvg with the
 * bundled DejaVu fonts, so the picture does not depend on the machine's fonts.
 * Capped like the browser's (`pngSize.ts`).
 */
import { Resvg } from '@resvg/resvg-js';
import type { JourneyMap } from '../../model/types';
import { pngFit, svgSize, type PngFit } from '../pngSize';
import { exportSvg } from '../svg';
import { dejavuFontPaths } from './fonts';

export interface PngOptions {
  /** pixels per point; 2 gives a sharp image on a projector */
  readonly scale?: number;
}

export interface PngResult extends PngFit {
  readonly png: Uint8Array;
}

/** Renders the board to PNG bytes, with the size it got. */
export function exportPngNode(map: JourneyMap, options: PngOptions = {}): PngResult {
  const svg = exportSvg(map);
  const { width, height } = svgSize(svg);
  const fit = pngFit(width, height, options.scale ?? 2);
  const fonts = dejavuFontPaths();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: fit.scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: 'DejaVu Sans',
    },
  });
  return { ...fit, png: new Uint8Array(resvg.render().asPng()) };
}
