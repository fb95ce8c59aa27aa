/** "Export PDF" of the view shown: its rows, with the map PDF's machinery (export/pdfRows.ts). */
import { useState } from 'react';
import type { PdfFonts } from '../../export';
import { todayIso, type InsightRow, type ReportKind } from '../../model/insights';
import type { JourneyMap } from '../../model/types';
import { useLanguageStore, useT } from '../../i18n';
import { nativeDeflate } from '../export/formats';
import { downloadFile } from './download';
import { insightsMessages } from './messages';
import { printRows } from './printRows';

const defaultFonts = async (): Promise<PdfFonts> =>
  (await import('../export/fonts')).fetchPdfFonts();

export function PdfButton({
  kind,
  rows,
  maps,
  onNotice,
  loadFonts = defaultFonts,
}: {
  kind: ReportKind;
  rows: readonly InsightRow[];
  maps: ReadonlyMap<string, JourneyMap>;
  onNotice: (text: string) => void;
  loadFonts?: () => Promise<PdfFonts>;
}) {
  const t = useT(insightsMessages);
  const language = useLanguageStore((s) => s.language);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onNotice('');
    try {
      const table = printRows(kind, rows, maps, t);
      const mapCount = new Set(rows.flatMap((r) => ('mapId' in r ? [r.mapId] : r.mapIds))).size;
      const [{ exportRowsPdf }, fonts] = await Promise.all([
        import('../../export/pdfRows'),
        loadFonts(),
      ]);
      let missing: readonly string[] = [];
      const bytes = await exportRowsPdf(
        {
          title: t(kind),
          subtitle: t('pdfSubtitle', { rows: rows.length, maps: mapCount, date: todayIso() }),
          columns: table.columns,
          rows: table.rows,
          pageLabel: t('pdfPage'),
          continued: t('pdfContinued'),
          language: language === 'de' ? 'de-DE' : 'en',
        },
        {
          fonts,
          ...(typeof CompressionStream === 'function' ? { deflate: nativeDeflate } : {}),
          onMissingGlyphs: (chars) => (missing = chars),
        },
      );
      downloadFile(`insights-${kind}.pdf`, bytes, 'application/pdf');
      if (missing.length > 0) onNotice(t('pdfMissingGlyphs', { chars: missing.join(' ') }));
    } catch (err) {
      onNotice(t('exportFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
      {busy ? t('exporting') : t('exportPdf')}
    </button>
  );
}
