/**
 * Download buttons for the check's result and roadmap: Markdown and PDF in the UI
 * language. The PDF code and fonts load only when a PDF is asked for.
 */
import { useState } from 'react';
import { exportMaturityMarkdown } from '../../export/maturityMarkdown';
import { useLanguageStore, useT } from '../../i18n';
import type { Evidence, MaturityCheck } from '../../model/maturity';
import { download, fileStem, nativeDeflate } from '../export/formats';
import { fetchPdfFonts } from '../export/fonts';
import { maturityMessages } from './messages';

export interface MaturityExportProps {
  readonly check: MaturityCheck;
  readonly previous: MaturityCheck | null;
  readonly evidence: Evidence | null;
}

export function MaturityExport({ check, previous, evidence }: MaturityExportProps) {
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const [error, setError] = useState('');
  const input = { check, previous, evidence, lang };
  const stem = fileStem(check.title);
  const run = (make: () => Promise<void>) => {
    setError('');
    make().catch((e: unknown) =>
      setError(t('exportFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={() =>
          run(async () => {
            const text = exportMaturityMarkdown(input);
            download({ name: `${stem}.md`, blob: new Blob([text], { type: 'text/markdown' }) });
          })
        }
      >
        {t('exportMarkdown')}
      </button>
      <button
        type="button"
        onClick={() =>
          run(async () => {
            const { exportMaturityPdf } = await import('../../export/maturityPdf');
            const bytes = await exportMaturityPdf(input, {
              fonts: await fetchPdfFonts(),
              ...(typeof CompressionStream === 'function' ? { deflate: nativeDeflate } : {}),
            });
            const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
            download({ name: `${stem}.pdf`, blob });
          })
        }
      >
        {t('exportPdf')}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
