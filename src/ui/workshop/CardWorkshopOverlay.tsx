/**
 * Rendered by the canvas card node (inside its `position: relative` box): a
 * coloured outline and a label when someone else selects, edits or drags the
 * card, a lock mark when its lane is locked, and the dot-vote controls while a
 * vote on the card's lane type runs. Renders nothing most of the time.
 */
import { useCallback } from 'react';
import { addDot, removeDot, type WorkshopSnapshot } from '../../doc/workshop';
import { useNotices } from '../../session/useNotices';
import type { Id, LaneType } from '../../model/types';
import { visibleDots } from '../../model/workshop/voting';
import type { MapSnapshot } from '../../model/snapshot';
import { useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useRemoteCardState, useWorkshopState } from './hooks';
import { workshopMessages } from './messages';
import { useWorkshopOptional } from './WorkshopContext';

function RemoteOutline({ cardId }: { cardId: Id }) {
  const t = useT(workshopMessages);
  const { selectedBy, editingBy, draggingBy } = useRemoteCardState(cardId);
  const lead = editingBy ?? draggingBy ?? selectedBy[0];
  if (!lead) return null;
  const others = selectedBy.filter((u) => u.id !== lead.id).length;
  const label = editingBy
    ? t('isEditing', { name: lead.name })
    : draggingBy
      ? t('isDragging', { name: lead.name })
      : t('isSelecting', { name: lead.name });
  return (
    <div
      className="jb-ws-card-outline"
      style={{ borderColor: lead.color }}
      data-testid="remote-card-outline"
    >
      <span className="jb-ws-card-label" style={{ background: lead.color }}>
        {label}
        {others > 0 ? ` ${t('more', { n: others })}` : ''}
      </span>
    </div>
  );
}

function VoteDots({ cardId }: { cardId: Id }) {
  const t = useT(workshopMessages);
  const { doc } = useMapSession();
  const w = useWorkshopOptional();
  const me = w?.user.id ?? '';
  const dots = useWorkshopState(
    useCallback(
      (s: WorkshopSnapshot) => (s.vote ? visibleDots(s.vote, s.ballots, me, cardId) : null),
      [me, cardId],
    ),
    (a, b) => a === b || (!!a && !!b && a.own === b.own && a.total === b.total),
  );
  const open = useWorkshopState((s) => s.vote?.status === 'open');
  const notice = useNotices((n) => n.push);
  if (!dots) return null;
  const canVote = open && w?.role !== 'viewer';
  return (
    <div className="jb-ws-dots nodrag" data-testid="vote-dots">
      <span className="jb-ws-own-dots" aria-label={t('yourDots', { n: dots.own })}>
        {Array.from({ length: Math.min(dots.own, 20) }, (_, i) => (
          <span
            key={i}
            className="jb-ws-dot"
            style={{ background: w?.user.color }}
            aria-hidden="true"
          />
        ))}
      </span>
      {dots.total !== null && (
        <strong className="jb-ws-total">{t('totalDots', { n: dots.total })}</strong>
      )}
      {canVote && (
        <>
          <button
            type="button"
            className="jb-ws-dot-button"
            aria-label={t('removeDot')}
            disabled={dots.own === 0}
            onClick={() => removeDot(doc, me, cardId)}
          >
            −
          </button>
          <button
            type="button"
            className="jb-ws-dot-button"
            aria-label={t('addDot')}
            onClick={() => {
              // no dots left: say so rather than doing nothing
              const result = addDot(doc, me, cardId);
              if (!result.ok && result.reason === 'no-dots-left') notice(t('noDotsLeft'));
            }}
          >
            +
          </button>
        </>
      )}
    </div>
  );
}

function laneTypeOfCard(s: MapSnapshot, cardId: Id): LaneType | undefined {
  const card = s.cards.get(cardId);
  return card ? s.lanes.find((l) => l.id === card.laneId)?.type : undefined;
}

function laneOfCard(s: MapSnapshot, cardId: Id): Id | undefined {
  return s.cards.get(cardId)?.laneId;
}

export function CardWorkshopOverlay({ cardId }: { cardId: Id }) {
  const t = useT(workshopMessages);
  const laneType = useSnapshot(
    useCallback((s: MapSnapshot) => laneTypeOfCard(s, cardId), [cardId]),
  );
  const laneId = useSnapshot(useCallback((s: MapSnapshot) => laneOfCard(s, cardId), [cardId]));
  const voting = useWorkshopState((s) => (s.vote ? s.vote.laneType : null)) === laneType;
  const locked = useWorkshopState(
    (s) => s.locks.map || (laneId !== undefined && s.locks.lanes.has(laneId)),
  );
  return (
    <>
      <RemoteOutline cardId={cardId} />
      {locked && (
        <span
          className="jb-ws-lock-mark"
          title={t('laneLocked')}
          aria-label={t('laneLocked')}
          role="img"
        >
          🔒
        </span>
      )}
      {voting && <VoteDots cardId={cardId} />}
    </>
  );
}
