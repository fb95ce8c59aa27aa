/**
 * The start page (`/`): every map on this device with its facts; search, filters,
 * sort; create from a template; duplicate, variant, subjourney, download, save as
 * template; trash with restore; import by picker or by dropping files anywhere.
 * Navigation is the caller's: `onOpen(mapId)` (ui/ does not import app/).
 */
import { useMemo, useState } from 'react';
import {
  catalogTags,
  queryCatalog,
  type CatalogEntry,
  type CatalogQuery,
  type CatalogSort,
} from '../../storage';
import { FileDropZone, ImportButton } from '../files/FileDropZone';
import { ImportReport } from '../files/ImportReport';
import { useFileImport } from '../files/useFileImport';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { SettingsDialog } from '../settings/SettingsDialog';
import { CatalogFilters } from './CatalogFilters';
import { CreateMapForm } from './CreateMapForm';
import { Dialog } from './Dialog';
import { MapList } from './MapList';
import { MapRow, deviceActions, type RowAction } from './MapRow';
import { homeMessages } from './messages';
import { mergeTeam, rowActions, type HomeEntry } from './teamEntries';
import { TeamStatus } from './TeamStatus';
import { useCatalogEntries } from './useCatalog';
import { useHomeActions } from './useHomeActions';
import { useTeamActions } from './useTeamActions';
import { useTeamMaps } from './useTeamMaps';
import './home.css';

type View = 'maps' | 'templates' | 'trash';
type Pending =
  | { readonly type: 'variant'; readonly entry: CatalogEntry }
  | { readonly type: 'subjourney'; readonly entry: CatalogEntry }
  | { readonly type: 'useTemplate'; readonly entry: CatalogEntry }
  | { readonly type: 'delete'; readonly entry: CatalogEntry }
  | { readonly type: 'saveTemplate'; readonly entry: CatalogEntry }
  | { readonly type: 'emptyTrash'; readonly count: number };

export function HomeScreen({ onOpen }: { onOpen: (mapId: string) => void }) {
  const t = useT(homeMessages);
  const language = useLanguageStore((s) => s.language);
  const device = useCatalogEntries({ reconcile: true });
  const { loading, error, rebuilt } = device;
  // one list: this device's catalog and the team repository on the relay
  const team = useTeamMaps();
  const entries = useMemo(() => mergeTeam(device.entries, team.rows), [device.entries, team.rows]);
  const actions = useHomeActions(onOpen);
  const teamActions = useTeamActions(team.connection, team.refresh);
  const files = useFileImport();
  const [view, setView] = useState<View>('maps');
  const [query, setQuery] = useState<CatalogQuery>({});
  const [sort, setSort] = useState<CatalogSort>('updated');
  const [pending, setPending] = useState<Pending | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const locale = localeOf(language);
  const formatDate = useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : f.format(new Date(iso)));
  }, [locale]);
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const allTemplates = useMemo(
    () => queryCatalog(entries, { kind: 'template' }, 'title', locale) as HomeEntry[],
    [entries, locale],
  );
  const templates = allTemplates.filter((e) => e.where === 'device');
  const teamTemplates = allTemplates.filter((e) => e.where !== 'device');
  const tags = useMemo(() => catalogTags(entries), [entries]);
  const languages = useMemo(
    () =>
      [
        ...new Set(
          entries.flatMap((e) => (e.language ? [e.language.split('-')[0]!.toLowerCase()] : [])),
        ),
      ].sort(),
    [entries],
  );
  const shown = useMemo(
    (): HomeEntry[] =>
      (view === 'trash'
        ? queryCatalog(entries, { ...query, trashed: true, kind: 'any' }, sort, locale)
        : queryCatalog(
            entries,
            { ...query, kind: view === 'templates' ? 'template' : 'map' },
            sort,
            locale,
          )) as HomeEntry[],
    [entries, query, sort, view, locale],
  );
  const trashCount = useMemo(() => entries.filter((e) => e.trashed).length, [entries]);

  const onAction = (action: RowAction, entry: CatalogEntry) => {
    switch (action) {
      case 'publish':
      case 'teamTrash':
      case 'teamRestore':
        void teamActions[action](entry as HomeEntry);
        return;
      case 'variant':
      case 'subjourney':
      case 'useTemplate':
      case 'saveTemplate':
        setPending({ type: action, entry });
        return;
      case 'deleteForever':
        setPending({ type: 'delete', entry });
        return;
      default:
        void actions[action](entry);
    }
  };

  const emptyText = loading
    ? t('loading')
    : view === 'trash'
      ? t('trashEmpty')
      : view === 'templates'
        ? t('noTemplates')
        : entries.some((e) => e.kind === 'map' && !e.trashed)
          ? t('noMatches')
          : t('empty');
  const heading = {
    maps: t('mapsHeading'),
    templates: t('templatesHeading'),
    trash: t('trashHeading'),
  }[view];

  return (
    <FileDropZone onFiles={(f) => void files.importFileList(f)} className="home">
      <header className="home-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="home-tagline">{t('tagline')}</p>
        </div>
        <div className="home-header-actions">
          <ImportButton label={t('importFiles')} onFiles={(f) => void files.importFileList(f)} />
          <button type="button" onClick={() => setSettingsOpen(true)}>
            {t('settings')}
          </button>
        </div>
      </header>
      <main className="home-main">
        <p className="home-hint">{t('importHint')}</p>
        <ImportReport state={files.state} onDismiss={files.dismiss} onOpen={onOpen} />
        {error && (
          <p className="home-notice is-error" role="alert">
            {t('storageError', { message: error.message })}
          </p>
        )}
        {rebuilt && <p className="home-notice">{t('rebuilt')}</p>}
        <TeamStatus team={team} notice={teamActions.notice} />
        <div aria-live="polite">
          {actions.notice && (
            <p
              className={`home-notice${actions.notice.kind === 'error' ? ' is-error' : ''}`}
              role={actions.notice.kind === 'error' ? 'alert' : 'status'}
            >
              {actions.notice.text}
            </p>
          )}
        </div>

        <CreateMapForm
          templates={templates}
          teamTemplates={teamTemplates}
          onCreate={async (choice, title) => {
            const picked = teamTemplates.find((e) => `saved:${e.id}` === choice);
            // a team template is fetched to this device first, then used like a saved one
            if (picked) await teamActions.fetch(picked).catch(() => undefined);
            await actions.create(choice, title);
          }}
        />

        <section className="home-list" aria-labelledby="home-list-heading">
          <div className="home-list-head">
            <h2 id="home-list-heading">{heading}</h2>
            <div className="home-views" role="group" aria-label={t('viewLabel')}>
              {(['maps', 'templates', 'trash'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                  {
                    {
                      maps: t('showMaps'),
                      templates: t('showTemplates'),
                      trash: `${t('showTrash')} (${trashCount})`,
                    }[v]
                  }
                </button>
              ))}
            </div>
          </div>
          <CatalogFilters
            query={query}
            sort={sort}
            tags={tags}
            languages={languages}
            onQuery={setQuery}
            onSort={setSort}
          />
          {view === 'trash' && trashCount > 0 && (
            <button
              type="button"
              className="is-danger"
              onClick={() => setPending({ type: 'emptyTrash', count: trashCount })}
            >
              {t('emptyTrash')}
            </button>
          )}
          <p className="home-count" aria-live="polite">
            {t('count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="home-empty">{emptyText}</p>
          ) : (
            <MapList
              items={shown}
              renderRow={(entry, measure) => (
                <MapRow
                  key={entry.id}
                  entry={entry}
                  view={view}
                  actions={rowActions(entry, deviceActions(view), team.role)}
                  showWhere={team.rows !== null}
                  lookup={(id) => byId.get(id)}
                  formatDate={formatDate}
                  onOpen={onOpen}
                  onAction={onAction}
                  {...(measure ? { measureRef: measure.ref, index: measure.index } : {})}
                />
              )}
            />
          )}
        </section>
      </main>

      {pending?.type === 'variant' && (
        <Dialog
          title={t('variantHeading', { title: pending.entry.title })}
          submitLabel={t('ok')}
          cancelLabel={t('cancel')}
          onCancel={() => setPending(null)}
          onSubmit={(form) => {
            const label = String(new FormData(form).get('label') ?? '').trim();
            if (!label) return;
            setPending(null);
            void actions.variant(pending.entry, label);
          }}
        >
          <label htmlFor="variant-label">{t('variantPrompt')}</label>
          <input id="variant-label" name="label" required maxLength={200} />
        </Dialog>
      )}
      {pending?.type === 'subjourney' && (
        <Dialog
          title={t('subjourneyHeading', { title: pending.entry.title })}
          submitLabel={t('ok')}
          cancelLabel={t('cancel')}
          onCancel={() => setPending(null)}
          onSubmit={(form) => {
            const phaseId = String(new FormData(form).get('phase') ?? '');
            setPending(null);
            void actions.subjourney(pending.entry, phaseId);
          }}
        >
          <p>{t('subjourneyPrompt')}</p>
          <label htmlFor="subjourney-phase">{t('phase')}</label>
          <select id="subjourney-phase" name="phase">
            {pending.entry.phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Dialog>
      )}
      {pending?.type === 'useTemplate' && (
        <Dialog
          title={t('useTemplateHeading', { title: pending.entry.title })}
          submitLabel={t('ok')}
          cancelLabel={t('cancel')}
          onCancel={() => setPending(null)}
          onSubmit={(form) => {
            const title = String(new FormData(form).get('title') ?? '').trim();
            setPending(null);
            void actions.useTemplate(pending.entry, title || t('newTitleDefault'));
          }}
        >
          <label htmlFor="template-title">{t('newTitle')}</label>
          <input
            id="template-title"
            name="title"
            maxLength={200}
            placeholder={t('newTitleDefault')}
          />
        </Dialog>
      )}
      {pending?.type === 'saveTemplate' && (
        <Dialog
          title={t('saveTemplate')}
          submitLabel={t('saveTemplateConfirm')}
          cancelLabel={t('cancel')}
          onCancel={() => setPending(null)}
          onSubmit={() => {
            setPending(null);
            void actions.saveTemplate(pending.entry);
          }}
        >
          <p>{t('saveTemplateQuestion', { title: pending.entry.title })}</p>
        </Dialog>
      )}
      {pending?.type === 'delete' && (
        <Dialog
          title={t('deleteForever')}
          submitLabel={t('deleteForever')}
          cancelLabel={t('cancel')}
          danger
          onCancel={() => setPending(null)}
          onSubmit={() => {
            setPending(null);
            void actions.deleteForever(pending.entry);
          }}
        >
          <p>{t('confirmDelete', { title: pending.entry.title })}</p>
        </Dialog>
      )}
      {pending?.type === 'emptyTrash' && (
        <Dialog
          title={t('emptyTrash')}
          submitLabel={t('emptyTrash')}
          cancelLabel={t('cancel')}
          danger
          onCancel={() => setPending(null)}
          onSubmit={() => {
            setPending(null);
            void actions.emptyTrash();
          }}
        >
          <p>{t('confirmEmptyTrash', { count: pending.count })}</p>
        </Dialog>
      )}
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </FileDropZone>
  );
}
