/** What an import did: the maps it added, or every problem of every refused file with its path. */
import { useT } from '../i18n';
import { fileMessages } from './messages';
import type { ImportState } from './useFileImport';

export function ImportReport({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  const t = useT(fileMessages);
  if (state.phase === 'idle') return null;
  if (state.phase === 'busy') {
    return (
      <p className="import-report" role="status">
        {t('importing')}
      </p>
    );
  }
  const dismiss = (
    <button type="button" className="import-dismiss" onClick={onDismiss}>
      {t('dismiss')}
    </button>
  );
  if (state.phase === 'failed') {
    return (
      <div className="import-report is-error" role="alert">
        <p>
          {state.fileName
            ? t('readFailed', { file: state.fileName, message: state.message })
            : state.message}
        </p>
        {dismiss}
      </div>
    );
  }
  const { result } = state;
  if (result.ok) {
    return (
      <div className="import-report" role="status">
        <ul>
          {result.imported.map((m) => (
            <li key={m.mapId}>
              {m.renamedFrom
                ? t('importedCopy', { title: m.title, id: m.renamedFrom })
                : t(m.kind === 'template' ? 'importedTemplate' : 'imported', { title: m.title })}
            </li>
          ))}
        </ul>
        {dismiss}
      </div>
    );
  }
  return (
    <div className="import-report is-error" role="alert">
      <p>
        <strong>
          {result.rejected.length === 1
            ? t('rejectedHeadingOne')
            : t('rejectedHeading', { count: result.rejected.length })}
        </strong>
      </p>
      {result.rejected.map((file) => (
        <section key={file.fileName} aria-label={file.fileName}>
          <h2 className="import-file-heading">
            {t('fileProblems', { file: file.fileName, count: file.errors.length })}
          </h2>
          <ul className="import-errors">
            {file.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path || t('wholeFile')}</code>: {e.message}
              </li>
            ))}
          </ul>
          {file.truncated && <p>{t('truncated', { count: file.errors.length })}</p>}
        </section>
      ))}
      {dismiss}
    </div>
  );
}
