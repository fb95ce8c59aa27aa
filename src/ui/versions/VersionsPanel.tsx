/**
 * Named versions of the open map: save the current state under a name, list,
 * preview what restoring would change, restore (a new change on top), delete.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import {
  deleteVersion,
  listVersions,
  planRestore,
  PlanChangedError,
  restoreVersion,
  saveVersion,
  type RestorePlan,
  type VersionInfo,
} from '../../storage';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { versionMessages } from './messages';
import { planMessages } from './planMessages';
import { RestorePlanList } from './RestorePlanList';
import './versions.css';

export function VersionsPanel({ mapId }: { mapId: string }) {
  const t = useT(versionMessages);
  const tp = useT(planMessages);
  const { doc, readOnly } = useMapSession();
  const language = useLanguageStore((s) => s.language);
  const [versions, setVersions] = useState<readonly VersionInfo[] | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  // the preview and the confirmation show what the restore changes, item by item
  const [preview, setPreview] = useState<RestorePlan | null>(null);
  const [confirming, setConfirming] = useState<{ v: VersionInfo; plan: RestorePlan } | null>(null);
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
    if (preview?.versionId === v.id) return setPreview(null);
    try {
      setPreview(await planRestore(doc, v.id));
    } catch (error) {
      fail(error);
    }
  };

  const askRestore = async (v: VersionInfo) => {
    try {
      setConfirming({ v, plan: await planRestore(doc, v.id) });
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (v: VersionInfo, plan: RestorePlan) => {
    try {
      // refused when the map changed since the list was made: it would change more
      await restoreVersion(doc, v.id, plan);
      setConfirming(null);
      setPreview(null);
      setNotice({ error: false, text: t('restored', { name: v.name }) });
    } catch (error) {
      if (error instanceof PlanChangedError) {
        setConfirming({ v, plan: error.plan });
        setNotice({ error: true, text: tp('planChanged') });
        return;
      }
      setConfirming(null);
      fail(error);
    }
  };

  const remove = async (v: VersionInfo) => {
    try {
      await deleteVersion(v.id);
      if (preview?.versionId === v.id) setPreview(null);
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
                  aria-expanded={preview?.versionId === v.id}
                  onClick={() => void togglePreview(v)}
                >
                  {preview?.versionId === v.id ? t('hidePreview') : t('preview')}
                </button>
                {!readOnly && (
                  <>
                    <button type="button" onClick={() => void askRestore(v)}>
                      {t('restore')}
                    </button>
                    <button type="button" onClick={() => void remove(v)}>
                      {t('delete')}
                    </button>
                  </>
                )}
              </div>
              {preview?.versionId === v.id && (
                <div className="versions-preview">
                  <p>{t('previewHeading', { name: v.name })}</p>
                  {preview.items.length === 0 ? (
                    <p>{t('same')}</p>
                  ) : (
                    <RestorePlanList items={preview.items} />
                  )}
                </div>
              )}
              {confirming?.v.id === v.id && (
                <div className="versions-confirm" role="alertdialog" aria-label={t('restore')}>
                  <p>{t('restoreConfirm', { name: v.name })}</p>
                  {confirming.plan.items.length === 0 ? (
                    <p>{t('same')}</p>
                  ) : (
                    <RestorePlanList items={confirming.plan.items} />
                  )}
                  <button type="button" onClick={() => void restore(v, confirming.plan)}>
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
