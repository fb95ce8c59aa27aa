/**
 * Reads dropped or picked files and imports them (all or nothing as far as validity
 * goes, see storage/importMap.ts). Files over the size limit or that cannot be read
 * count as invalid, before anything is read into memory. The result stays until
 * dismissed, so every problem can be read.
 */
import { useCallback, useState } from 'react';
import { MAX_FILE_BYTES } from '../../model/fileLimits';
import type { ImportResult, ImportSource, RejectedFile } from '../../storage/importMap';
import { useT } from '../../i18n';
import { fileMessages } from './messages';

export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly result: ImportResult }
  | { readonly phase: 'failed'; readonly message: string };

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useFileImport(): {
  state: ImportState;
  importFileList(files: readonly File[]): Promise<ImportResult | null>;
  dismiss(): void;
} {
  const t = useT(fileMessages);
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const importFileList = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return null;
      setState({ phase: 'busy' });
      const sources: ImportSource[] = [];
      const refused: RejectedFile[] = [];
      const refuse = (file: File, message: string) =>
        refused.push({ fileName: file.name, errors: [{ path: '', message }], truncated: false });
      for (const file of files) {
        if (file.size > MAX_FILE_BYTES) {
          refuse(file, t('tooLarge', { size: mib(file.size), limit: mib(MAX_FILE_BYTES) }));
          continue;
        }
        try {
          sources.push({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
        } catch (error) {
          refuse(file, t('unreadable', { message: messageOf(error) }));
        }
      }
      try {
        // parsing and validation load with the first import, not with every screen
        const { importFiles } = await import('../../storage/importMap');
        const result = await importFiles(sources, refused);
        setState({ phase: 'done', result });
        return result;
      } catch (error) {
        setState({ phase: 'failed', message: messageOf(error) });
        return null;
      }
    },
    [t],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFileList, dismiss };
}
