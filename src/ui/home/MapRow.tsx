/** One map (or template, or trashed map) in the home list, with its facts and actions. */
import type { CatalogEntry } from '../../storage';
import { useT, type Translate } from '../../i18n';
import { homeMessages } from './messages';
import { teamMessages } from './teamMessages';

export type RowAction =
  | 'duplicate'
  | 'variant'
  | 'subjourney'
  | 'download'
  | 'saveTemplate'
  | 'useTemplate'
  | 'trash'
  | 'restore'
  | 'deleteForever'
  | 'publish'
  | 'teamTrash'
  | 'teamRestore';

type TeamAction = 'publish' | 'teamTrash' | 'teamRestore';
const isTeamAction = (a: RowAction): a is TeamAction =>
  a === 'publish' || a === 'teamTrash' || a === 'teamRestore';

const ACTIONS: Record<'maps' | 'templates' | 'trash', readonly RowAction[]> = {
  maps: ['duplicate', 'variant', 'subjourney', 'download', 'saveTemplate', 'trash'],
  templates: ['useTemplate', 'download', 'trash'],
  trash: ['restore', 'deleteForever'],
};

function actionLabel(
  t: Translate<keyof typeof homeMessages.en>,
  action: Exclude<RowAction, TeamAction>,
  entry: CatalogEntry,
): string {
  switch (action) {
    case 'duplicate':
      return t('duplicate');
    case 'variant':
      return t('variant');
    case 'subjourney':
      return t('subjourney');
    case 'download':
      return entry.kind === 'template' ? t('downloadTemplate') : t('download');
    case 'saveTemplate':
      return t('saveTemplate');
    case 'useTemplate':
      return t('useTemplate');
    case 'trash':
      return t('toTrash');
    case 'restore':
      return t('restore');
    case 'deleteForever':
      return t('deleteForever');
  }
}

/** The device's own actions of a view (the team's are added by teamEntries.rowActions). */
export function deviceActions(view: 'maps' | 'templates' | 'trash'): readonly RowAction[] {
  return ACTIONS[view];
}

export function MapRow({
  entry,
  view,
  actions,
  lookup,
  formatDate,
  onOpen,
  onAction,
  measureRef,
  index,
  showWhere = true,
}: {
  entry: CatalogEntry & { readonly where?: 'device' | 'team' | 'both' };
  /** for a virtualised list: measures the row (MapList) */
  measureRef?: (element: HTMLLIElement | null) => void;
  index?: number;
  /** whether to say where the map lives (only with a team login) */
  showWhere?: boolean;
  view: 'maps' | 'templates' | 'trash';
  /** the row's buttons (default: the device's actions of the view) */
  actions?: readonly RowAction[];
  /** another map on this device, for variant/parent links */
  lookup: (id: string) => CatalogEntry | undefined;
  formatDate: (iso: string) => string;
  onOpen: (mapId: string) => void;
  onAction: (action: RowAction, entry: CatalogEntry) => void;
}) {
  const t = useT(homeMessages);
  const tt = useT(teamMessages);
  const headingId = `map-${entry.id}-title`;
  const sync = { local: t('syncLocal'), pending: t('syncPending'), synced: t('syncSynced') }[
    entry.syncState
  ];
  const parent = entry.parentMapId ? lookup(entry.parentMapId) : undefined;
  const parentPhase = entry.parentMapId
    ? {
        title: parent?.title ?? t('unknownMap'),
        phase:
          parent?.phases.find((p) => p.id === entry.parentPhaseId)?.name ??
          entry.parentPhaseId ??
          '',
      }
    : null;
  return (
    <li className="home-map" aria-labelledby={headingId} ref={measureRef} data-index={index}>
      <div className="home-map-main">
        <h3 id={headingId}>
          {view === 'trash' ? (
            entry.title
          ) : (
            <a
              href={`/map/${encodeURIComponent(entry.id)}`}
              onClick={(e) => {
                // let modified clicks open a new tab as usual
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onOpen(entry.id);
              }}
            >
              {entry.title}
            </a>
          )}
        </h3>
        <p className="home-map-facts">
          {entry.state && (
            <span className="home-badge">
              {entry.state === 'current' ? t('stateCurrent') : t('stateFuture')}
            </span>
          )}
          {entry.language && <span>{t('language', { language: entry.language })}</span>}
          <span>
            {entry.cardCount === 1 ? t('cardOne') : t('cards', { count: entry.cardCount })}
          </span>
          <span>{t('updated', { date: formatDate(entry.updatedAt) })}</span>
          {showWhere && entry.where && (
            <span className={`home-where is-${entry.where}`} title={tt('whereLabel')}>
              {
                { device: tt('whereDevice'), team: tt('whereTeam'), both: tt('whereBoth') }[
                  entry.where
                ]
              }
            </span>
          )}
          {entry.kind === 'map' && entry.where !== 'team' && (
            <span className={`home-sync is-${entry.syncState}`}>{sync}</span>
          )}
        </p>
        {(entry.personaName || entry.owner) && (
          <p className="home-map-facts">
            {entry.personaName && <span>{t('persona', { name: entry.personaName })}</span>}
            {entry.owner && <span>{t('owner', { owner: entry.owner })}</span>}
          </p>
        )}
        {entry.variantOf && (
          <p className="home-map-link">
            {t('variantOf', {
              label: entry.variantLabel ?? '',
              title: lookup(entry.variantOf)?.title ?? t('unknownMap'),
            })}
          </p>
        )}
        {parentPhase && (
          <p className="home-map-link">
            {t('subjourneyOf', { title: parentPhase.title, phase: parentPhase.phase })}
          </p>
        )}
        {entry.tags.length > 0 && (
          <ul className="home-tags" aria-label={t('filterTag')}>
            {entry.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
        {entry.trashed && entry.trashedAt && (
          <p className="home-map-facts">{t('trashedAt', { date: formatDate(entry.trashedAt) })}</p>
        )}
      </div>
      <div
        className="home-map-actions"
        role="group"
        aria-label={t('actionsFor', { title: entry.title })}
      >
        {(actions ?? ACTIONS[view]).map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'deleteForever' ? 'is-danger' : undefined}
            onClick={() => onAction(action, entry)}
          >
            {isTeamAction(action) ? tt(action) : actionLabel(t, action, entry)}
          </button>
        ))}
      </div>
    </li>
  );
}
