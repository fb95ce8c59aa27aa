/**
 * One card on the board. Memoised and fed one immutable CardView, so it renders
 * again only when its own card (or its selection/editing state) changes.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { laneTypeInfo, type CardBodyKind } from '../../model/laneTypes';
import type { CardView, LaneView } from '../../model/snapshot';
import { useT, type Translate } from '../../i18n';
import { isLaneReadOnly, useMapSession } from '../../session/MapSession';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import type { CardNode as CardNodeType } from '../deriveNodes';
import { canvasMessages } from '../messages';
import { useCanvasSlots } from '../slots';
import { stopEditingCard, useCardTextTarget } from './cardText';
import { CardTextEditor } from './CardTextEditor';
import { ChannelIcon } from './ChannelIcon';
import { ConflictBadge } from './ConflictBadge';
import { KpiSummary } from './KpiSummary';

export const CardNode = memo(function CardNode({ id, data, selected }: NodeProps<CardNodeType>) {
  const { card, lane } = data;
  const { CardOverlay } = useCanvasSlots();
  const session = useMapSession();
  const uiStore = useUiStoreApi();
  const readOnly = isLaneReadOnly(session, lane.id);
  const editing = useUiStore((s) => s.editingCardId === id) && !readOnly;
  // a new card still being typed shows in the draft editor on top of it
  const drafting = useUiStore((s) => s.draft?.cardId === id);
  const target = useCardTextTarget(id);
  const classes = [
    'jb-card',
    `jb-card--${lane.type}`,
    selected ? 'is-selected' : '',
    editing ? 'is-editing' : '',
    drafting ? 'is-drafting' : '',
  ];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      style={
        card.color
          ? { minHeight: data.minHeight, borderLeftColor: card.color, background: tint(card.color) }
          : { minHeight: data.minHeight }
      }
      data-card-id={id}
      onDoubleClick={(e) => {
        if (readOnly) return;
        e.stopPropagation();
        uiStore.getState().startEditing(id);
      }}
    >
      {/* edges need handles on both ends, so viewers see links too; only editors can drag new ones */}
      <LinkHandle type="target" connectable={!readOnly} />
      <div className="jb-card__head">
        {laneTypeInfo(lane.type).body === 'touchpoint' && card.channel && (
          <ChannelBadge card={card} />
        )}
        {editing ? (
          <CardTextEditor
            live={card.text}
            target={target}
            onGone={() => stopEditingCard(uiStore, id)}
          />
        ) : (
          <div className="jb-card__text">{card.text}</div>
        )}
      </div>
      <ConflictBadge cardId={id} />
      <CardDetails card={card} lane={lane} />
      <LinkHandle type="source" connectable={!readOnly} />
      {CardOverlay && <CardOverlay cardId={id} />}
    </div>
  );
});

/** A link handle: the card's left (incoming) or right (outgoing) end of link edges. */
export function LinkHandle({
  type,
  connectable,
}: {
  type: 'source' | 'target';
  connectable: boolean;
}) {
  return (
    <Handle
      type={type}
      position={type === 'source' ? Position.Right : Position.Left}
      className={`jb-handle${connectable ? '' : ' jb-handle--off'}`}
      isConnectable={connectable}
    />
  );
}

/** Translucent background of a coloured card, so text stays readable on any colour. */
function tint(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}22` : 'white';
}

function ChannelBadge({ card }: { card: CardView }) {
  const t = useT(canvasMessages);
  if (!card.channel) return null;
  return (
    <ChannelIcon
      channel={card.channel}
      title={t('channel', { channel: t(`channel_${card.channel}`) })}
    />
  );
}

type CanvasT = Translate<keyof typeof canvasMessages.en>;

/** What a card shows under its text, per kind of card body (the lane-type registry's `body`). */
const BODY: Record<CardBodyKind, (card: CardView, t: CanvasT) => ReactNode> = {
  plain: () => null,
  emotion: () => null,
  touchpoint: (card, t) =>
    card.ownerTeam && (
      <div key="owner" className="jb-card__meta">
        {t('owner', { team: card.ownerTeam })}
      </div>
    ),
  painPoint: (card, t) =>
    card.severity !== undefined && (
      <div
        key="severity"
        className="jb-card__meta jb-severity"
        data-severity={card.severity}
        title={t('severity', { value: card.severity })}
      >
        <span className="jb-scale" aria-hidden="true">
          {[1, 2, 3, 4, 5].map((n) => (
            <i key={n} className={n <= (card.severity ?? 0) ? 'on' : ''} />
          ))}
        </span>
        <span className="jb-sr">{t('severity', { value: card.severity })}</span>
      </div>
    ),
  opportunity: (card, t) =>
    (card.impact !== undefined || card.effort !== undefined) && (
      <div key="ie" className="jb-card__meta">
        {t('impactEffort', { impact: card.impact ?? '–', effort: card.effort ?? '–' })}
      </div>
    ),
  kpi: (card) => card.kpi && <KpiSummary key="kpi" kpi={card.kpi} />,
};

function CardDetails({ card, lane }: { card: CardView; lane: LaneView }) {
  const t = useT(canvasMessages);
  const extras = [BODY[laneTypeInfo(lane.type).body](card, t)].filter(Boolean);
  const footer = [];
  if (card.tags?.length) {
    footer.push(
      <span key="tags" className="jb-card__tags">
        {card.tags.map((tag) => (
          <span key={tag} className="jb-tag">
            {tag}
          </span>
        ))}
      </span>,
    );
  }
  if (card.votes)
    footer.push(
      <span key="votes" className="jb-badge" title={t('votes', { count: card.votes })}>
        ● {card.votes}
      </span>,
    );
  const open = card.comments.filter((c) => !c.resolved).length;
  if (open)
    footer.push(
      <span key="comments" className="jb-badge" title={t('comments', { count: open })}>
        <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M2 2.5h12v8H7l-3.5 3v-3H2z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>{' '}
        {open}
      </span>,
    );
  if (!extras.length && !footer.length) return null;
  return (
    <>
      {extras}
      {footer.length > 0 && <div className="jb-card__footer">{footer}</div>}
    </>
  );
}
