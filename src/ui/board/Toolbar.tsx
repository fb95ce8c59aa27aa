/** The board's header bar: navigation, undo/redo, structure, view and panel toggles. */
import { useReactFlow } from '@xyflow/react';
import type { ReactNode } from 'react';
import { addPhase } from '../../doc';
import { useAttempt } from '../../session/useNotices';
import { keyLabel, useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useUiStore, type OpenPanel } from '../../session/uiStore';
import { useMapLinks } from '../../session/mapLinks';
import { AddLaneMenu } from './AddLaneMenu';
import { DeletedItemsMenu } from './DeletedItemsMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { boardMessages, type BoardMessage } from './messages';
import { useUndoState } from './useUndoState';
import { FIT_VIEW_ANIMATED } from '../../canvas/overlayBounds';

const PANELS: readonly { panel: Exclude<OpenPanel, null>; label: BoardMessage }[] = [
  { panel: 'map', label: 'mapDetails' },
  { panel: 'card', label: 'cardDetails' },
  { panel: 'actions', label: 'actions' },
  { panel: 'versions', label: 'versions' },
];

export function Toolbar({
  onHome,
  onHelp,
  extras,
}: {
  onHome: () => void;
  onHelp: () => void;
  extras?: ReactNode;
}) {
  const t = useT(boardMessages);
  const language = useLanguageStore((s) => s.language);
  const { doc, undo, readOnly, readOnlyReason } = useMapSession();
  const attempt = useAttempt();
  const lockedByFacilitator = readOnlyReason === 'locked';
  const title = useSnapshot((s) => s.meta.title);
  const phaseCount = useSnapshot((s) => s.phases.length);
  const { canUndo, canRedo } = useUndoState(undo);
  const openPanel = useUiStore((s) => s.openPanel);
  const togglePanel = useUiStore((s) => s.togglePanel);
  const rf = useReactFlow();
  return (
    <header className="jb-toolbar" aria-label={t('toolbar')}>
      <button
        type="button"
        className="jb-btn"
        onClick={onHome}
        title={t('home')}
        aria-label={t('home')}
      >
        ←
      </button>
      <h1 className="jb-toolbar__title">{title || t('untitled')}</h1>
      <ParentLink />
      {readOnly && (
        <span
          className="jb-readonly"
          title={t(
            lockedByFacilitator
              ? 'lockedHint'
              : readOnlyReason === 'comment'
                ? 'commentOnlyHint'
                : 'readOnlyHint',
          )}
        >
          {t(
            lockedByFacilitator
              ? 'locked'
              : readOnlyReason === 'comment'
                ? 'commentOnly'
                : 'readOnly',
          )}
        </span>
      )}
      {!readOnly && (
        <div className="jb-toolbar__group">
          <button
            type="button"
            className="jb-btn"
            disabled={!canUndo}
            onClick={() => undo.undo()}
            aria-label={t('undo')}
            title={`${t('undo')} (${keyLabel('Ctrl+Z', language)})`}
          >
            ↶
          </button>
          <button
            type="button"
            className="jb-btn"
            disabled={!canRedo}
            onClick={() => undo.redo()}
            aria-label={t('redo')}
            title={`${t('redo')} (${keyLabel('Ctrl+Shift+Z', language)})`}
          >
            ↷
          </button>
          <button
            type="button"
            className="jb-btn"
            onClick={() =>
              attempt(() => addPhase(doc, { name: `${t('newPhase')} ${phaseCount + 1}` }))
            }
          >
            + {t('addPhase')}
          </button>
          <AddLaneMenu />
          <DeletedItemsMenu />
        </div>
      )}
      <div className="jb-toolbar__group">
        <button
          type="button"
          className="jb-btn"
          onClick={() => void rf.fitView(FIT_VIEW_ANIMATED)}
          aria-label={t('fit')}
          title={`${t('fit')} (F)`}
        >
          ⤢
        </button>
        {PANELS.map(({ panel, label }) => (
          <button
            key={panel}
            type="button"
            className="jb-btn"
            aria-pressed={openPanel === panel}
            onClick={() => togglePanel(panel)}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          className="jb-btn"
          onClick={onHelp}
          aria-label={t('shortcuts')}
          title={`${t('shortcuts')} (?)`}
        >
          ?
        </button>
      </div>
      <div className="jb-toolbar__spacer" />
      {extras}
      <LanguageSwitch />
    </header>
  );
}

/** A subjourney links back to the map and phase it details. */
function ParentLink() {
  const t = useT(boardMessages);
  const { parent, open } = useMapLinks();
  if (!parent) return null;
  const label = parent.title
    ? t('partOf', { title: parent.title, phase: parent.phaseName ?? '' })
    : t('partOfUnknown');
  return (
    <a
      className="jb-toolbar__parent"
      href={`/map/${encodeURIComponent(parent.mapId)}`}
      onClick={(e) => {
        e.preventDefault();
        open(parent.mapId);
      }}
    >
      ↰ {label}
    </a>
  );
}
