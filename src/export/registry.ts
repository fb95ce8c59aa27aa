/**
 * The one list of export formats: id, file extension, MIME type, the menu
 * entries (label keys) and how to make the file. The browser's export menu
 * and `journey export` both read it. Every exporter loads on first use
 * (`import()`), so the PDF code (pdf-lib, fontkit) stays out of the first
 * download; what differs between browser and Node (fonts, deflate, PNG
 * rasteriser) comes in as an `ExportPlatform`.
 */
import type { JourneyMap } from '../model/types';
import type { Deflate, PdfFonts, PdfPageSize } from './pdf';

/** What one export made: the bytes (or text), plus what to tell the user. */
export interface ExportOutput {
  readonly data: string | Uint8Array | Blob;
  /** said after the size, e.g. the PNG's pixel size */
  readonly note?: string;
  /** characters the PDF font could not draw (printed as "\uFFFD") */
  readonly missingGlyphs?: readonly string[];
}

/** Options of a run; each exporter reads the ones it knows. */
export interface ExportOptions {
  /** PDF page size (default a4) */
  readonly page?: PdfPageSize;
  /** PNG pixels per point (default 2) */
  readonly scale?: number;
}

/** The parts that differ between the browser and Node. */
export interface ExportPlatform {
  readonly loadFonts: () => Promise<PdfFonts>;
  /** zlib for PDF streams; pdf-lib's own when absent */
  readonly deflate?: Deflate;
  /** the board SVG as a PNG at `scale` pixels per point */
  readonly svgToPng: (svg: string, map: JourneyMap, scale: number) => Promise<ExportOutput>;
}

/** One entry of the browser's export menu: a label key and the options it runs with. */
export interface ExportMenuEntry {
  readonly label: string;
  readonly options?: ExportOptions;
}

export interface Exporter {
  readonly id: string;
  /** the usual file extension, without the dot */
  readonly extension: string;
  readonly mime: string;
  /** the export menu's entries for this format, in menu order */
  readonly menu: readonly ExportMenuEntry[];
  /** a file name for `stem` (the map title made file-safe) */
  readonly fileName: (stem: string, map: JourneyMap, options: ExportOptions) => string;
  readonly run: (
    map: JourneyMap,
    options: ExportOptions,
    platform: ExportPlatform,
  ) => Promise<ExportOutput>;
}

const plainName =
  (extension: string) =>
  (stem: string): string =>
    `${stem}.${extension}`;

const svgText = async (map: JourneyMap) => (await import('./svg')).exportSvg(map);

const pdf = {
  id: 'pdf',
  extension: 'pdf',
  mime: 'application/pdf',
  menu: [
    { label: 'pdfA4', options: { page: 'a4' } },
    { label: 'pdfA3', options: { page: 'a3' } },
    { label: 'pdfPoster', options: { page: 'poster' } },
  ],
  fileName: (stem, _map, { page = 'a4' }) => `${stem}-${page}.pdf`,
  run: async (map, { page = 'a4' }, platform) => {
    const [{ exportPdf }, fonts] = await Promise.all([import('./pdf'), platform.loadFonts()]);
    let missingGlyphs: readonly string[] = [];
    const data = await exportPdf(map, {
      fonts,
      pageSize: page,
      ...(platform.deflate ? { deflate: platform.deflate } : {}),
      onMissingGlyphs: (chars) => (missingGlyphs = chars),
    });
    return missingGlyphs.length > 0 ? { data, missingGlyphs } : { data };
  },
} as const satisfies Exporter;

/** Every export format, in the order of the menu and the CLI's help. */
export const EXPORTERS = [
  pdf,
  {
    id: 'png',
    extension: 'png',
    mime: 'image/png',
    menu: [{ label: 'png' }],
    fileName: plainName('png'),
    run: async (map, { scale = 2 }, platform) => platform.svgToPng(await svgText(map), map, scale),
  },
  {
    id: 'svg',
    extension: 'svg',
    mime: 'image/svg+xml',
    menu: [{ label: 'svg' }],
    fileName: plainName('svg'),
    run: async (map) => ({ data: await svgText(map) }),
  },
  {
    id: 'csv',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    menu: [{ label: 'csv' }],
    fileName: plainName('csv'),
    run: async (map) => ({ data: (await import('./csv')).exportCsv(map) }),
  },
  {
    id: 'md',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    menu: [{ label: 'md' }],
    fileName: plainName('md'),
    run: async (map) => ({ data: (await import('./markdown')).exportMarkdown(map) }),
  },
  {
    id: 'json',
    extension: 'journey.json',
    mime: 'application/json',
    menu: [{ label: 'json' }],
    // the format names a template file differently, so it is not mistaken for a map
    fileName: (stem, map) =>
      `${stem}.${map.kind === 'template' ? 'journey-template' : 'journey'}.json`,
    run: async (map) => ({ data: (await import('./json')).exportJson(map) }),
  },
] as const satisfies readonly Exporter[];

export type ExporterId = (typeof EXPORTERS)[number]['id'];
/** The label keys of the export menu (each needs an en/de message in the UI). */
export type ExportMenuLabel = (typeof EXPORTERS)[number]['menu'][number]['label'];

export const EXPORTER_IDS: readonly ExporterId[] = EXPORTERS.map((e) => e.id);

/** The exporter with `id`, if there is one. */
export function exporterById(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}

/** The exporter of a known id. */
export function exporterOf(id: ExporterId): Exporter {
  return exporterById(id)!;
}
