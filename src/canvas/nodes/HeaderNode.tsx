/**
 * Phase (column) and lane (row) headers: name, inline rename, move and delete.
 * Dragging a header reorders (handled by the board); Alt+Arrow does it by keyboard.
 */
import type { NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { deleteLane, deletePhase, renameLane, renamePhase } from '../../doc';
import { laneTypeName } from '../../model/laneTypes';
import { useLanguageStore, useT } from '../../i18n';
import { isLaneReadOnly, useMapSession } from '../../session/MapSession';
import { useMapLinks } from '../../session/mapLinks';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import type { LaneType } from '../../model/types';
import { moveHeaderBy } from '../actions';
import type { LaneNode, PhaseNode } from '../deriveNodes';
import { LaneIcon } from '../LaneIcon';
import { canvasMessages } from '../messages';
import { attempt, noticeError } from '../../session/notices';
import { useBoardPaintedOnce } from '../afterPaint';

interface HeaderProps {
  kind: 'phase' | 'lane';
  /** the phase or lane */
  item: { readonly id: string; readonly name: string };
  /** its place among the headers of its kind */
  place: { readonly index: number; readonly count: number };
  subtitle?: string | undefined;
  /** a lane's type: its icon, named by the type's name */
  laneType?: { readonly type: LaneType; readonly name: string } | undefined;
}

function Header({ kind, item, place, subtitle, laneType }: HeaderProps) {
  const { id, name } = item;
  const { index, count } = place;
  const t = useT(canvasMessages);
  const session = useMapSession();
  const { doc, store } = session;
  // a locked lane's header is locked with it; phases are map-level
  const readOnly = isLaneReadOnly(session, kind === 'lane' ? id : undefined);
  // which header is being renamed is session state (double click, ✎, or Enter/F2 set it)
  const renaming = useUiStore(
    (s) => !readOnly && s.renamingHeader?.kind === kind && s.renamingHeader.id === id,
  );
  const uiStore = useUiStoreApi();
  const setRenaming = (on: boolean) => {
    const ui = uiStore.getState();
    if (on) ui.startRenaming({ kind, id });
    else ui.stopRenaming({ kind, id });
  };
  const root = useRef<HTMLDivElement>(null);
  const commitName = (value: string) => {
    setRenaming(false);
    root.current?.closest<HTMLElement>('.react-flow__node')?.focus({ preventScroll: true });
    const next = value.trim();
    if (!next || next === name) return;
    attempt(uiStore.getState().notices, () =>
      kind === 'phase' ? renamePhase(doc, id, next) : renameLane(doc, id, next),
    );
  };
  const { createSubjourney } = useMapLinks();
  // the tools show on hover or focus only: built after the board's first paint
  const painted = useBoardPaintedOnce();
  const back = kind === 'phase' ? t('moveLeft') : t('moveUp');
  const forward = kind === 'phase' ? t('moveRight') : t('moveDown');
  return (
    <div
      ref={root}
      className={`jb-header jb-header--${kind}`}
      data-header-kind={kind}
      data-header-id={id}
      onDoubleClick={(e) => {
        if (readOnly) return;
        e.stopPropagation();
        setRenaming(true);
      }}
    >
      {renaming ? (
        <input
          className="jb-header__input nodrag nopan"
          aria-label={t('renameField')}
          defaultValue={name}
          autoFocus
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'Enter') commitName(e.currentTarget.value);
            if (e.key === 'Escape') setRenaming(false);
          }}
          onBlur={(e) => commitName(e.currentTarget.value)}
        />
      ) : (
        <>
          {laneType && <LaneIcon type={laneType.type} label={laneType.name} />}
          <div className="jb-header__titles">
            <span className="jb-header__name" title={name}>
              {name}
            </span>
            {subtitle && (
              <span className="jb-header__sub" title={subtitle}>
                {subtitle}
              </span>
            )}
            {kind === 'phase' && <SubjourneyLinks phaseId={id} />}
          </div>
        </>
      )}
      {painted && !readOnly && !renaming && (
        <div
          className="jb-header__tools nodrag nopan"
          role="toolbar"
          aria-label={t('headerMenu', { name })}
        >
          <button
            type="button"
            tabIndex={-1}
            title={t('rename')}
            aria-label={`${t('rename')}: ${name}`}
            onClick={() => setRenaming(true)}
          >
            ✎
          </button>
          {kind === 'phase' && createSubjourney && (
            <button
              type="button"
              tabIndex={-1}
              title={t('createSubjourney')}
              aria-label={`${t('createSubjourney')}: ${name}`}
              onClick={() =>
                void createSubjourney(id).catch((error: unknown) =>
                  noticeError(uiStore.getState().notices, error),
                )
              }
            >
              ↳
            </button>
          )}
          <button
            type="button"
            tabIndex={-1}
            title={back}
            aria-label={`${back}: ${name}`}
            disabled={index === 0}
            onClick={() => moveHeaderBy(uiStore, doc, store.getSnapshot(), kind, id, -1)}
          >
            {kind === 'phase' ? '‹' : '˄'}
          </button>
          <button
            type="button"
            tabIndex={-1}
            title={forward}
            aria-label={`${forward}: ${name}`}
            disabled={index === count - 1}
            onClick={() => moveHeaderBy(uiStore, doc, store.getSnapshot(), kind, id, 1)}
          >
            {kind === 'phase' ? '›' : '˅'}
          </button>
          <button
            type="button"
            tabIndex={-1}
            title={t('delete')}
            aria-label={`${t('delete')}: ${name}`}
            onClick={() =>
              attempt(uiStore.getState().notices, () =>
                kind === 'phase' ? deletePhase(doc, id) : deleteLane(doc, id),
              )
            }
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}

/** Links to the maps that detail this phase (subjourneys on this device). */
function SubjourneyLinks({ phaseId }: { phaseId: string }) {
  const t = useT(canvasMessages);
  const { subjourneys, open } = useMapLinks();
  const list = subjourneys.get(phaseId);
  if (!list?.length) return null;
  return (
    <span className="jb-header__links nodrag nopan">
      {list.map((link) => (
        <a
          key={link.mapId}
          href={`/map/${encodeURIComponent(link.mapId)}`}
          className="jb-header__link"
          title={t('openSubjourney', { title: link.title })}
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            open(link.mapId);
          }}
        >
          ↳ {link.title}
        </a>
      ))}
    </span>
  );
}

export const PhaseHeaderNode = memo(function PhaseHeaderNode({ data }: NodeProps<PhaseNode>) {
  return <Header kind="phase" item={data.phase} place={data} subtitle={data.phase.description} />;
});

export const LaneHeaderNode = memo(function LaneHeaderNode({ data }: NodeProps<LaneNode>) {
  const language = useLanguageStore((s) => s.language);
  const typeName = laneTypeName(data.lane.type, language);
  // a standard name in either language needs no subtitle (no English under a German template)
  const standard = [laneTypeName(data.lane.type, 'en'), laneTypeName(data.lane.type, 'de')];
  return (
    <Header
      kind="lane"
      item={data.lane}
      place={data}
      subtitle={standard.includes(data.lane.name) ? undefined : typeName}
      laneType={{ type: data.lane.type, name: typeName }}
    />
  );
});
