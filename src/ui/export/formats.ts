/**
 * What each menu entry produces: file name, MIME type and bytes. The heavy parts
 * (pdf-lib with fontkit, the fonts) load through dynamic `import()` only when a PDF
 * is asked for, so they are a separate chunk that the first visit never downloads.
 */
import type { PdfFonts, PdfPageSize } from '../../export/pdf';
import type { JourneyMap } from '../../model/types';
import { svgToPng } from './png';

export const EXPORT_KINDS = [
  'pdfA4',
  'pdfA3',
  'pdfPoster',
  'png',
  'svg',
  'csv',
  'md',
  'json',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

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

const PAGE: Record<'pdfA4' | 'pdfA3' | 'pdfPoster', PdfPageSize> = {
  pdfA4: 'a4',
  pdfA3: 'a3',
  pdfPoster: 'poster',
};

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
async function nativeDeflate(data: Uint8Array): Promise<Uint8Array> {
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
  const stem = fileStem(map.title);
  const text = (body: string, type: string, ext: string): ExportFile => ({
    name: `${stem}.${ext}`,
    blob: new Blob([body], { type }),
  });
  switch (kind) {
    case 'pdfA4':
    case 'pdfA3':
    case 'pdfPoster': {
      const [{ exportPdf }, fonts] = await Promise.all([
        import('../../export/pdf'),
        deps.loadFonts(),
      ]);
      let missingGlyphs: readonly string[] = [];
      const bytes = await exportPdf(map, {
        fonts,
        pageSize: PAGE[kind],
        ...(typeof CompressionStream === 'function' ? { deflate: nativeDeflate } : {}),
        onMissingGlyphs: (chars) => (missingGlyphs = chars),
      });
      return {
        name: `${stem}-${PAGE[kind]}.pdf`,
        blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        ...(missingGlyphs.length > 0 ? { missingGlyphs } : {}),
      };
    }
    // the other exporters load on first use too: a first visit does not wait for them
    case 'png': {
      const { exportSvg } = await import('../../export/svg');
      return { name: `${stem}.png`, blob: await svgToPng(exportSvg(map), 2) };
    }
    case 'svg':
      return text((await import('../../export/svg')).exportSvg(map), 'image/svg+xml', 'svg');
    case 'csv':
      return text(
        (await import('../../export/csv')).exportCsv(map),
        'text/csv;charset=utf-8',
        'csv',
      );
    case 'md':
      return text(
        (await import('../../export/markdown')).exportMarkdown(map),
        'text/markdown;charset=utf-8',
        'md',
      );
    case 'json':
      // the format names a template file differently, so it is not mistaken for a map
      return text(
        (await import('../../export/json')).exportJson(map),
        'application/json',
        map.kind === 'template' ? 'journey-template.json' : 'journey.json',
      );
  }
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
