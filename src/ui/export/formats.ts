/**
 * What each menu entry produces: file name, MIME type and bytes, from the
 * exporter registry (`export/registry.ts`). The heavy parts (pdf-lib with
 * fontkit, the fonts) load through dynamic `import()` only when a PDF is asked
 * for, so they are a separate chunk that the first visit never downloads.
 */
import type { PdfFonts } from '../../export/pdf';
import {
  EXPORTERS,
  type ExportMenuLabel,
  type ExportOutput,
  type ExportPlatform,
} from '../../export/registry';
import type { JourneyMap } from '../../model/types';
import { svgToPng } from './png';

/** A menu entry: the label key of one exporter run with fixed options. */
export type ExportKind = ExportMenuLabel;

const MENU = EXPORTERS.flatMap((exporter) =>
  exporter.menu.map((entry) => ({
    kind: entry.label,
    exporter,
    options: 'options' in entry ? entry.options : {},
  })),
);

/** The export menu's entries, in order (from the exporter registry). */
export const EXPORT_KINDS: readonly ExportKind[] = MENU.map((m) => m.kind);

export interface ExportFile {
  readonly name: string;
  readonly blob: Blob;
  /** characters the PDF font could not draw (printed as "�"), for a notice */
  readonly missingGlyphs?: readonly string[];
}

export interface ExportDeps {
  /** font bytes for the PDF; the browser fetches them, tests read them from disk */
  readonly loadFonts: () => Promise<PdfFonts>;
}

/** A file name from the map title: ASCII, lower case, dashes (`kfz-versicherung-online-abschliessen`). */
export function fileStem(title: string): string {
  const ascii = title
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const stem = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || 'journey-map';
}

/**
 * zlib compression for the PDF's page contents through the browser's native
 * CompressionStream (pdf-lib's JavaScript deflate was a large share of the export).
 */
export async function nativeDeflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Produces the file for one menu entry. */
export async function makeExport(
  kind: ExportKind,
  map: JourneyMap,
  deps: ExportDeps,
): Promise<ExportFile> {
  const entry = MENU.find((m) => m.kind === kind);
  if (!entry) throw new Error(`unknown export ${kind}`);
  const platform: ExportPlatform = {
    loadFonts: deps.loadFonts,
    ...(typeof CompressionStream === 'function' ? { deflate: nativeDeflate } : {}),
    svgToPng: async (svg, _map, scale) => ({ data: await svgToPng(svg, scale) }),
  };
  const { exporter, options } = entry;
  const out: ExportOutput = await exporter.run(map, options, platform);
  const { data, missingGlyphs } = out;
  const blob =
    data instanceof Blob
      ? data
      : new Blob([data as string | Uint8Array<ArrayBuffer>], { type: exporter.mime });
  return {
    name: exporter.fileName(fileStem(map.title), map, options),
    blob,
    ...(missingGlyphs && missingGlyphs.length > 0 ? { missingGlyphs } : {}),
  };
}

/** Hands a file to the browser as a download. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: some browsers read the URL after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
