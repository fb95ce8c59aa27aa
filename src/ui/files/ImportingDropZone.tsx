/**
 * Drop-to-import anywhere in the app: files dropped on any screen (the board too)
 * are imported as new maps, and what the import did shows in a dismissable box.
 * The home screen has its own zone with the report in its list; drops there stop
 * there. Rendered once, by the app shell.
 */
import { DropHint, useWindowFileDrop } from './FileDropZone';
import { ImportReport } from './ImportReport';
import { useFileImport } from './useFileImport';
import './files.css';

export function ImportingDropZone({ onOpen }: { onOpen?: (mapId: string) => void }) {
  const files = useFileImport();
  const over = useWindowFileDrop((list) => void files.importFileList(list));
  return (
    <>
      {over && <DropHint />}
      {files.state.phase !== 'idle' && (
        <div className="import-toast">
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
        </div>
      )}
    </>
  );
}
