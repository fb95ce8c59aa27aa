/**
 * The light exports, safe to load up front. The PDF (`./pdf`, pulls in pdf-lib and
 * fontkit) is imported on demand; `./node/*` is for Node only (CLI, tests).
 */
export { exportCsv, parseCsv, readCsvCell, csvHeader, CSV_COLUMNS, type CsvColumn } from './csv';
export { exportJson } from './json';
export { exportMarkdown } from './markdown';
export { exportSvg, type SvgOptions } from './svg';
export { pngFit, PNG_LIMITS, type PngFit } from './pngSize';
export { exportLang, labelsFor, type ExportLang } from './labels';
export type { Deflate, PdfFonts, PdfOptions, PdfPageSize } from './pdf';
export { EXPORTERS, EXPORTER_IDS, exporterById, exporterOf } from './registry';
export type { Exporter, ExporterId, ExportOptions, ExportOutput, ExportPlatform } from './registry';
