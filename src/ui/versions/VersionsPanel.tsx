/**
 * Named versions of the open map: save the current state under a name, list,
 * preview what restoring would change, restore (a new change on top), delete.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { snapshotToMap } from '../../doc';
import type { JourneyMap } from '../../model/types';
import {
  deleteVersion,
  diffMaps,
  listVersions,
  loadVersion,
  restoreVersion,
  saveVersion,
  type VersionDiff,
  type VersionInfo,
} from '../../storage';
import { localeOf, useLanguageStore, useT, type Translate } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { versionMessages } from './messages';
import './versions.css';

type T = Translate<keyof typeof versionMessages.en>;

function diffLines(t: T, diff: VersionDiff, version: JourneyMap): string[] {
  const lines: string[] = [];
  if (diff.titleChanged) lines.push(t('title', { title: version.title }));
  const counts = [
    ['cardsAdded', diff.cardsAdded],
    ['cardsRemoved', diff.cardsRemoved],
    ['cardsChanged', diff.cardsChanged],
    ['phasesAdded', diff.phasesAdded],
    ['phasesRemoved', diff.phasesRemoved],
    ['lanesAdded', diff.lanesAdded],
    ['lanesRemoved', diff.lanesRemoved],
  ] as const;
  for (const [key, count] of counts) if (count > 0) lines.push(t(key, { count }));
  return lines;
}

export function VersionsPanel({ mapId }: { mapId: string }) {
  const t = useT(versionMessages);
  const { doc, store, readOnly } = useMapSession();
  const language = useLanguageStore((s) => s.language);
  const [versions, setVersions] = useState<readonly VersionInfo[] | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [preview, setPreview] = useState<{ id: string; map: JourneyMap; diff: VersionDiff } | null>(
    null,
  );
  const [confirming, setConfirming] = useState<VersionInfo | null>(null);
  const nameId = useId();
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }),
    [language],
  );

  const fail = useCallback(
    (error: unknown) => {
      setNotice({
        error: true,
        text: t('error', { message: error instanceof Error ? error.message : String(error) }),
      });
    },
    [t],
  );
  const reload = useCallback(() => listVersions(mapId).then(setVersions, fail), [mapId, fail]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    try {
      await saveVersion(mapId, doc, trimmed);
      setName('');
      setNotice({ error: false, text: t('saved', { name: trimmed }) });
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  const togglePreview = async (v: VersionInfo) => {
    if (preview?.id === v.id) return setPreview(null);
    try {
      const map = await loadVersion(v.id);
      setPreview({ id: v.id, map, diff: diffMaps(snapshotToMap(store.getSnapshot()), map) });
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (v: VersionInfo) => {
    setConfirming(null);
    try {
      await restoreVersion(doc, v.id);
      setPreview(null);
      setNotice({ error: false, text: t('restored', { name: v.name }) });
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (v: VersionInfo) => {
    try {
      await deleteVersion(v.id);
      if (preview?.id === v.id) setPreview(null);
      setNotice({ error: false, text: t('deleted', { name: v.name }) });
      await reload();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="panel versions-panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('heading')}</h2>
      <p className="versions-intro">{readOnly ? t('readOnly') : t('intro')}</p>
      {!readOnly && (
        <form
          className="versions-save"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={nameId}>{t('name')}</label>
          <input
            id={nameId}
            value={name}
            maxLength={200}
            placeholder={t('namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" disabled={name.trim() === ''}>
            {t('save')}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {notice && (
          <p
            className={notice.error ? 'versions-notice is-error' : 'versions-notice'}
            role={notice.error ? 'alert' : 'status'}
          >
            {notice.text}
          </p>
        )}
      </div>
      {versions === null ? (
        <p>{t('loading')}</p>
      ) : versions.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ol className="versions-list">
          {versions.map((v) => (
            <li key={v.id}>
              <h3>{v.name}</h3>
              <p className="versions-facts">
                {t('facts', {
                  date: dateFormat.format(new Date(v.createdAt)),
                  title: v.title,
                  count: v.cardCount,
                })}
              </p>
              <div
                role="group"
                aria-label={t('actionsFor', { name: v.name })}
                className="versions-actions"
              >
                <button
                  type="button"
                  aria-expanded={preview?.id === v.id}
                  onClick={() => void togglePreview(v)}
                >
                  {preview?.id === v.id ? t('hidePreview') : t('preview')}
                </button>
                {!readOnly && (
                  <>
                    <button type="button" onClick={() => setConfirming(v)}>
                      {t('restore')}
                    </button>
                    <button type="button" onClick={() => void remove(v)}>
                      {t('delete')}
                    </button>
                  </>
                )}
              </div>
              {preview?.id === v.id && (
                <div className="versions-preview">
                  <p>{t('previewHeading', { name: v.name })}</p>
                  {(() => {
                    const lines = diffLines(t, preview.diff, preview.map);
                    return lines.length === 0 ? (
                      <p>{t('same')}</p>
                    ) : (
                      <ul>
                        {lines.map((l) => (
                          <li key={l}>{l}</li>
                        ))}
                      </ul>
                    );
                  })()}
                </div>
              )}
              {confirming?.id === v.id && (
                <div className="versions-confirm" role="alertdialog" aria-label={t('restore')}>
                  <p>{t('restoreConfirm', { name: v.name })}</p>
                  <button type="button" onClick={() => void restore(v)}>
                    {t('restore')}
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
