/** UI text of the export menu. */
import { defineMessages } from '../../i18n';

export const exportMessages = defineMessages({
  en: {
    menu: 'Export',
    pdfA4: 'PDF, A4 pages',
    pdfA3: 'PDF, A3 pages',
    pdfPoster: 'PDF, one poster page',
    png: 'Image (PNG)',
    svg: 'Vector image (SVG)',
    csv: 'Spreadsheet (CSV)',
    md: 'Markdown (wiki)',
    json: 'Journey map file (JSON)',
    busy: 'Exporting {what}…',
    done: '{file} downloaded',
    failed: 'Export failed: {reason}',
    failedShort: 'Export failed. Please try again.',
    failedOffline: 'Export needs files not yet stored here. Go online once, then try again.',
    missingGlyphs:
      'The PDF font cannot draw {count, plural, one {# character} other {# characters}}; they show as “\uFFFD”: {chars}',
  },
  de: {
    menu: 'Exportieren',
    pdfA4: 'PDF, A4-Seiten',
    pdfA3: 'PDF, A3-Seiten',
    pdfPoster: 'PDF, eine Posterseite',
    png: 'Bild (PNG)',
    svg: 'Vektorbild (SVG)',
    csv: 'Tabelle (CSV)',
    md: 'Markdown (Wiki)',
    json: 'Journey-Map-Datei (JSON)',
    busy: 'Exportiere {what}…',
    done: '{file} heruntergeladen',
    failed: 'Export fehlgeschlagen: {reason}',
    failedShort: 'Export fehlgeschlagen. Bitte erneut versuchen.',
    failedOffline: 'Für den Export fehlen Dateien. Einmal online gehen, dann erneut versuchen.',
    missingGlyphs:
      'Die PDF-Schrift kann {count} Zeichen nicht darstellen; sie erscheinen als „\uFFFD“: {chars}',
  },
});
export type ExportMessage = keyof typeof exportMessages.en;
