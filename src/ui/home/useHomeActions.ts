/**
 * What the home screen's buttons do, with a notice (success or error) for each.
 * Storage errors are shown, never swallowed.
 */
import { useCallback, useState } from 'react';
import {
  createFromStandard,
  createFromTemplate,
  createSubjourney,
  createVariant,
  deleteMapForever,
  duplicateMap,
  emptyTrash,
  loadMap,
  restoreMap,
  StorageError,
  trashMap,
  type CatalogEntry,
} from '../../storage';
import { downloadMap, saveAsTemplate } from '../files/download';
import { useT } from '../../i18n';
import type { TemplateChoice } from './CreateMapForm';
import { homeMessages } from './messages';

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

export function useHomeActions(onOpen: (mapId: string) => void) {
  const t = useT(homeMessages);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(
    async (work: () => Promise<string | null>) => {
      try {
        const text = await work();
        setNotice(text ? { kind: 'info', text } : null);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setNotice({
          kind: 'error',
          text:
            error instanceof StorageError
              ? t('storageError', { message })
              : t('error', { message }),
        });
      }
    },
    [t],
  );

  const mapOf = async (id: string) => {
    const map = await loadMap(id);
    if (!map) throw new StorageError('not-found', id);
    return map;
  };

  return {
    notice,
    clearNotice: () => setNotice(null),
    create: (choice: TemplateChoice, title: string) =>
      run(async () => {
        const id =
          choice === 'standard:en' || choice === 'standard:de'
            ? await createFromStandard(choice === 'standard:de' ? 'de' : 'en', title)
            : await createFromTemplate(choice.slice('saved:'.length), title);
        onOpen(id);
        return t('created', { title });
      }),
    duplicate: (entry: CatalogEntry) =>
      run(async () => {
        const title = t('copyTitle', { title: entry.title });
        await duplicateMap(entry.id, title);
        return t('duplicated', { title });
      }),
    variant: (entry: CatalogEntry, label: string) =>
      run(async () => {
        const title = t('variantTitle', { title: entry.title, label });
        await createVariant(entry.id, label, title);
        return t('created', { title });
      }),
    subjourney: (entry: CatalogEntry, phaseId: string) =>
      run(async () => {
        const id = await createSubjourney(entry.id, phaseId);
        onOpen(id);
        const title = entry.phases.find((p) => p.id === phaseId)?.name ?? id;
        return t('created', { title });
      }),
    download: (entry: CatalogEntry) =>
      run(async () => {
        downloadMap(await mapOf(entry.id));
        return null;
      }),
    saveTemplate: (entry: CatalogEntry) =>
      run(async () => {
        const template = await saveAsTemplate(await mapOf(entry.id));
        return t('templateSaved', { title: template.title });
      }),
    useTemplate: (entry: CatalogEntry, title: string) =>
      run(async () => {
        onOpen(await createFromTemplate(entry.id, title));
        return t('created', { title });
      }),
    trash: (entry: CatalogEntry) =>
      run(async () => {
        await trashMap(entry.id);
        return t('trashed', { title: entry.title });
      }),
    restore: (entry: CatalogEntry) =>
      run(async () => {
        await restoreMap(entry.id);
        return t('restored', { title: entry.title });
      }),
    deleteForever: (entry: CatalogEntry) =>
      run(async () => {
        await deleteMapForever(entry.id);
        return t('deleted', { title: entry.title });
      }),
    emptyTrash: () =>
      run(async () => {
        const count = await emptyTrash();
        return t('trashEmptied', { count });
      }),
  };
}
