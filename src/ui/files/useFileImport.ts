/**
 * Reads dropped or picked files and imports them (all or nothing, see
 * storage/importMap.ts). The result stays until dismissed, so every problem can be read.
 */
import { useCallback, useState } from 'react';
import { importFiles, type ImportResult, type ImportSource } from '../../storage';

export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'busy' }
  | { readonly phase: 'done'; readonly result: ImportResult }
  | { readonly phase: 'failed'; readonly message: string; readonly fileName?: string };

export function useFileImport(): {
  state: ImportState;
  importFileList(files: readonly File[]): Promise<ImportResult | null>;
  dismiss(): void;
} {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const importFileList = useCallback(async (files: readonly File[]) => {
    if (files.length === 0) return null;
    setState({ phase: 'busy' });
    const sources: ImportSource[] = [];
    for (const file of files) {
      try {
        sources.push({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
      } catch (error) {
        setState({
          phase: 'failed',
          fileName: file.name,
          message: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
    }
    try {
      const result = await importFiles(sources);
      setState({ phase: 'done', result });
      return result;
    } catch (error) {
      setState({
        phase: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, importFileList, dismiss };
}
