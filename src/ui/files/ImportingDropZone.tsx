/**
 * Drop-to-import anywhere in the app: files dropped on any screen (the board too)
 * are imported as new maps, and what the import did shows in a dismissable box.
 * The home screen has its own zone with the report in its list; drops there stop
 * there. Rendered once, by the app shell. The report (and the import itself, see
 * useFileImport) loads with the first drop, so opening a map does not wait for it.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';
import { DropHint, useWindowFileDrop } from './windowDrop';
import { fileMessages } from './messages';
import { useFileImport } from './useFileImport';
import './files.css';

const ImportReport = lazy(() =>
  import('./ImportReport').then((m) => ({ default: m.ImportReport })),
);

function Importing() {
  const t = useT(fileMessages);
  return (
    <p className="import-report" role="status">
      {t('importing')}
    </p>
  );
}

export function ImportingDropZone({ onOpen }: { onOpen?: (mapId: string) => void }) {
  const files = useFileImport();
  const over = useWindowFileDrop((list) => void files.importFileList(list));
  return (
    <>
      {over && <DropHint />}
      {files.state.phase !== 'idle' && (
        <div className="import-toast">
          <Suspense fallback={<Importing />}>
            <ImportReport
              state={files.state}
              onDismiss={files.dismiss}
              {...(onOpen
                ? {
                    onOpen: (mapId: string) => {
                      files.dismiss();
                      onOpen(mapId);
                    },
                  }
                : {})}
            />
          </Suspense>
        </div>
      )}
    </>
  );
}
