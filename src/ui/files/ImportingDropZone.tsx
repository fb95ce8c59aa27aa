/**
 * Drop-to-import for any screen (e.g. the board): wraps `children` in a
 * FileDropZone and shows what the import did in a dismissable box.
 */
import type { ReactNode } from 'react';
import type { ImportResult } from '../../storage';
import { FileDropZone } from './FileDropZone';
import { ImportReport } from './ImportReport';
import { useFileImport } from './useFileImport';

export function ImportingDropZone({
  children,
  onImported,
  className,
}: {
  children: ReactNode;
  /** called after a successful import, e.g. to offer opening the map */
  onImported?: (result: Extract<ImportResult, { ok: true }>) => void;
  className?: string;
}) {
  const files = useFileImport();
  return (
    <FileDropZone
      className={className}
      onFiles={(list) =>
        void files.importFileList(list).then((result) => {
          if (result?.ok) onImported?.(result);
        })
      }
    >
      {children}
      {files.state.phase !== 'idle' && (
        <div className="import-toast">
          <ImportReport state={files.state} onDismiss={files.dismiss} />
        </div>
      )}
    </FileDropZone>
  );
}
