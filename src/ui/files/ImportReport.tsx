/**
 * What an import did: the maps it added, every problem of every refused file with
 * its path, or — when storing failed partway — which files went in and which not.
 */
import type { ImportedMap, StorageError } from '../../storage';
import { useT, type Translate } from '../../i18n';
import { fileMessages } from './messages';
import { reportMessages } from './reportMessages';
import type { ImportState } from './useFileImport';

type T = Translate<keyof typeof reportMessages.en>;

function ImportedList({
  imported,
  onOpen,
}: {
  imported: readonly ImportedMap[];
  onOpen?: (mapId: string) => void;
}) {
  const t = useT(reportMessages);
  return (
    <ul>
      {imported.map((m) => (
        <li key={m.mapId}>
          {m.renamedFrom
            ? t('importedCopy', { title: m.title, id: m.renamedFrom })
            : t(m.kind === 'template' ? 'importedTemplate' : 'imported', { title: m.title })}
          {onOpen && m.kind === 'map' && (
            <>
              {' '}
              <button type="button" className="import-open" onClick={() => onOpen(m.mapId)}>
                {t('open', { title: m.title })}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const storageMessage = (t: T, error: StorageError) =>
  error.code === 'quota' ? t('quota') : error.message;

export function ImportReport({
  state,
  onDismiss,
  onOpen,
}: {
  state: ImportState;
  onDismiss: () => void;
  /** offers to open each imported map (e.g. on the board, where the list is not visible) */
  onOpen?: (mapId: string) => void;
}) {
  const t = useT(reportMessages);
  const tf = useT(fileMessages);
  if (state.phase === 'idle') return null;
  if (state.phase === 'busy') {
    return (
      <p className="import-report" role="status">
        {tf('importing')}
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
        <p>{t('importFailed', { message: state.message })}</p>
        {dismiss}
      </div>
    );
  }
  const { result } = state;
  if (result.ok) {
    return (
      <div className="import-report" role="status">
        <ImportedList imported={result.imported} {...(onOpen ? { onOpen } : {})} />
        {dismiss}
      </div>
    );
  }
  if (result.reason === 'write-failed') {
    return (
      <div className="import-report is-error" role="alert">
        <p>
          <strong>
            {result.imported.length > 0 ? t('partialHeading') : t('noneStoredHeading')}
          </strong>
        </p>
        {result.imported.length > 0 && (
          <>
            <p>{t('importedList')}</p>
            <ImportedList imported={result.imported} {...(onOpen ? { onOpen } : {})} />
          </>
        )}
        <p>{t('notImportedList')}</p>
        <ul className="import-errors">
          {result.failed.map((f, i) => (
            <li key={`${i}:${f.fileName}`}>
              {t('notStored', { file: f.fileName, message: storageMessage(t, f.error) })}
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
      {result.rejected.map((file, i) => (
        <section key={`${i}:${file.fileName}`} aria-label={file.fileName}>
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
