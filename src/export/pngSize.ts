/**
 * How big a PNG of the board may get, the same in the browser and on the command
 * line: browsers refuse canvases over about 16k px a side (and ~268 Mpx), and an
 * image that size is already far beyond any screen or projector. A bigger board
 * is scaled down to fit, never cut.
 */
export const PNG_LIMITS = { maxSide: 16_000, maxPixels: 200_000_000 } as const;

export interface PngFit {
  /** pixels per SVG unit actually used */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  /** true when `scale` is below the one asked for */
  readonly capped: boolean;
}

/** The scale and pixel size for an SVG of `width` × `height` units rendered at `wanted` px per unit. */
export function pngFit(width: number, height: number, wanted: number): PngFit {
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  const scale = Math.min(
    wanted,
    PNG_LIMITS.maxSide / w,
    PNG_LIMITS.maxSide / h,
    Math.sqrt(PNG_LIMITS.maxPixels / (w * h)),
  );
  // rounded as resvg rounds its canvas, so these are the PNG's own numbers
  const px = (v: number) => Math.max(1, Math.round(v * scale));
  return { scale, width: px(w), height: px(h), capped: scale < wanted };
}

/** The `width` and `height` attributes of an SVG document from `exportSvg`. */
export function svgSize(svg: string): { width: number; height: number } {
  return {
    width: Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0),
    height: Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0),
  };
}
