/**
 * The export menu: PDF (A4, A3, poster), PNG, SVG, CSV, Markdown, JSON. Each entry
 * reads the map at click time (`getMap`), renders it with the shared pure exports
 * and downloads the file; a status line shows progress and errors.
 */
import { useRef, useState } from 'react';
import type { JourneyMap } from '../../model/types';
import { Popover } from '../board/Popover';
import { useT } from '../../i18n';
import type { ExportDeps, ExportKind } from './formats';
import { MENU_KINDS } from './kinds';
import { exportMessages } from './messages';
import './export.css';

type Status =
  | { readonly state: 'idle' }
  | { readonly state: 'busy'; readonly kind: ExportKind }
  | { readonly state: 'done'; readonly file: string; readonly missing?: readonly string[] }
  | { readonly state: 'failed'; readonly offline: boolean; readonly detail: string };

export interface ExportMenuProps {
  readonly getMap: () => JourneyMap;
  /** where PDF fonts come from; defaults to fetching the app's font assets */
  readonly loadFonts?: ExportDeps['loadFonts'];
}

/**
 * Whether an export failed for want of a file from the network (a lazy chunk or a
 * font this device has not stored): said as such, never as the browser's raw text.
 */
function isFetchFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return (
    /fetch|dynamically imported module|import|network|load failed|HTTP \d+/i.test(message) ||
    (typeof navigator !== 'undefined' && navigator.onLine === false)
  );
}

const defaultFonts: ExportDeps['loadFonts'] = async () => (await import('./fonts')).fetchPdfFonts();

export function ExportMenu({ getMap, loadFonts = defaultFonts }: ExportMenuProps) {
  const t = useT(exportMessages);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const running = useRef(false);

  const run = async (kind: ExportKind) => {
    // one export at a time: a second click while a PDF renders would only queue work
    if (running.current) return;
    running.current = true;
    setStatus({ state: 'busy', kind });
    try {
      // let the browser paint the progress line before the CPU-heavy part starts
      await new Promise((resolve) => setTimeout(resolve, 0));
      // the exporters load with the first export (a failed load reads as "offline")
      const { download, makeExport } = await import('./formats');
      const file = await makeExport(kind, getMap(), { loadFonts });
      download(file);
      setStatus({
        state: 'done',
        file: file.name,
        ...(file.missingGlyphs ? { missing: file.missingGlyphs } : {}),
      });
    } catch (error) {
      // the details go to the console and the tooltip; the line itself stays short
      console.warn('export failed', error);
      setStatus({
        state: 'failed',
        offline: isFetchFailure(error),
        detail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      running.current = false;
    }
  };

  const busy = status.state === 'busy';
  return (
    <div className="jb-export">
      <Popover label={t('menu')} buttonContent={<>⤓ {t('menu')}</>}>
        {(close) => (
          <ul className="jb-export__list" aria-busy={busy}>
            {MENU_KINDS.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  className="jb-btn"
                  disabled={busy}
                  onClick={() => {
                    void run(kind);
                    close();
                  }}
                >
                  {t(kind)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Popover>
      {status.state === 'busy' && (
        <span role="status" className="jb-export__status">
          <progress aria-label={t('busy', { what: t(status.kind) })} />{' '}
          {t('busy', { what: t(status.kind) })}
        </span>
      )}
      {status.state === 'done' && (
        <span role="status" className="jb-export__status">
          {t('done', { file: status.file })}
          {status.missing && (
            <>
              {' '}
              <span className="jb-export__notice">
                {t('missingGlyphs', {
                  count: status.missing.length,
                  chars: status.missing.slice(0, 20).join(' '),
                })}
              </span>
            </>
          )}
        </span>
      )}
      {status.state === 'failed' && (
        <span
          role="alert"
          className="jb-export__status jb-export__status--error"
          title={status.detail}
        >
          {t(status.offline ? 'failedOffline' : 'failedShort')}
        </span>
      )}
    </div>
  );
}
