/**
 * The emotion lane as a curve: one point per emotion card at its score (−3…+3),
 * joined in phase order, then card order. Dragging a point up or down previews
 * the new score locally and writes it ONCE, at pointer-up (one undo step).
 */
import { useStoreApi, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { updateCard } from '../../doc';
import { useT } from '../../i18n';
import { isLaneReadOnly, useMapSession } from '../../session/MapSession';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import type { EmotionNode, EmotionPointView } from '../deriveNodes';
import { isPointerFocus, revealFocused } from '../focus';
import { BOARD, dragScore, scoreToY } from '../boardGeometry';
import { canvasMessages } from '../messages';
import { attempt } from '../../session/notices';
import { stopEditingCard, useCardTextTarget } from './cardText';
import { CardTextEditor } from './CardTextEditor';

interface Preview {
  readonly cardId: string;
  readonly score: number;
}

export const EmotionCurveNode = memo(function EmotionCurveNode({ data }: NodeProps<EmotionNode>) {
  const { points, width, height, lane } = data;
  const t = useT(canvasMessages);
  const [preview, setPreview] = useState<Preview | null>(null);
  const row = { y: 0, height };
  const placed = points.map((p) =>
    preview && preview.cardId === p.cardId
      ? { ...p, score: preview.score, y: scoreToY(row, preview.score) }
      : p,
  );
  const path = placed
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
  const zero = scoreToY(row, 0);
  return (
    <div
      className="jb-emotion"
      style={{ width, height }}
      aria-label={t('emotionCurve', { lane: lane.name })}
      role="group"
    >
      <svg width={width} height={height} className="jb-emotion__svg" aria-hidden="true">
        <line x1={0} x2={width} y1={zero} y2={zero} className="jb-emotion__zero" />
        <line
          x1={0}
          x2={width}
          y1={BOARD.emotionPadding}
          y2={BOARD.emotionPadding}
          className="jb-emotion__limit"
        />
        <line
          x1={0}
          x2={width}
          y1={height - BOARD.emotionPadding}
          y2={height - BOARD.emotionPadding}
          className="jb-emotion__limit"
        />
        {placed.length > 1 && <path d={path} className="jb-emotion__path" />}
      </svg>
      {placed.map((point) => (
        <EmotionPointHandle
          key={point.cardId}
          point={point}
          rowHeight={height}
          onPreview={setPreview}
        />
      ))}
    </div>
  );
});

function EmotionPointHandle({
  point,
  rowHeight,
  onPreview,
}: {
  point: EmotionPointView;
  rowHeight: number;
  onPreview: (preview: Preview | null) => void;
}) {
  const t = useT(canvasMessages);
  const session = useMapSession();
  const uiStore = useUiStoreApi();
  const { doc } = session;
  const readOnly = isLaneReadOnly(session, point.card.laneId);
  const rf = useStoreApi();
  const selected = useUiStore((s) => s.selectedCardIds.includes(point.cardId));
  const editing = useUiStore((s) => s.editingCardId === point.cardId) && !readOnly;
  const drag = useRef<{ startY: number; zoom: number; score: number } | null>(null);
  const pointRef = useRef<HTMLButtonElement>(null);
  const { card } = point;
  const target = useCardTextTarget(card.id);

  const writeScore = (score: number) => {
    if (score !== card.score)
      attempt(uiStore.getState().notices, () => updateCard(doc, card.id, { score }));
  };

  return (
    <div className="jb-emotion__point-wrap" style={{ left: point.x, top: point.y }}>
      <button
        ref={pointRef}
        type="button"
        role="slider"
        className={`jb-emotion__point nodrag nopan${selected ? ' is-selected' : ''}`}
        data-card-id={card.id}
        data-score={point.score}
        aria-label={t('emotionPoint', {
          text: card.text || t('emptyCard'),
          phase: point.phaseName,
          score: point.score,
        })}
        aria-valuemin={-3}
        aria-valuemax={3}
        aria-valuenow={point.score}
        aria-readonly={readOnly || undefined}
        onFocus={() => {
          // a press selects in onPointerDown (Shift adds); only keyboard focus selects here
          if (isPointerFocus(uiStore)) return;
          uiStore.getState().selectCards([card.id]);
          revealFocused(uiStore, card.id);
        }}
        onPointerDown={(e) => {
          uiStore.getState().selectCards([card.id], e.shiftKey ? 'toggle' : 'replace');
          if (readOnly || e.button !== 0) return;
          e.stopPropagation();
          e.currentTarget.setPointerCapture?.(e.pointerId);
          drag.current = {
            startY: e.clientY,
            zoom: rf.getState().transform[2] || 1,
            score: card.score ?? 0,
          };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          onPreview({
            cardId: card.id,
            score: dragScore(rowHeight, d.score, (e.clientY - d.startY) / d.zoom),
          });
        }}
        onPointerUp={(e) => {
          const d = drag.current;
          if (!d) return;
          drag.current = null;
          onPreview(null);
          writeScore(dragScore(rowHeight, d.score, (e.clientY - d.startY) / d.zoom));
        }}
        onPointerCancel={() => {
          drag.current = null;
          onPreview(null);
        }}
        onDoubleClick={(e) => {
          e.stopPropagation();
          if (!readOnly) uiStore.getState().startEditing(card.id);
        }}
        onKeyDown={(e) => {
          if (readOnly || e.ctrlKey || e.metaKey || e.altKey) return;
          if (e.key === 'Enter' || e.key === 'F2') {
            e.preventDefault();
            e.stopPropagation();
            uiStore.getState().startEditing(card.id);
            return;
          }
          const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
          if (step) {
            e.preventDefault();
            e.stopPropagation();
            writeScore(Math.max(-3, Math.min(3, (card.score ?? 0) + step)));
          }
        }}
      />
      {editing ? (
        <div className="jb-emotion__editor">
          <CardTextEditor
            live={card.text}
            target={target}
            focusAfter={() => pointRef.current}
            onGone={() => stopEditingCard(uiStore, card.id)}
          />
        </div>
      ) : (
        <span
          className={`jb-emotion__label${point.score < 0 ? ' is-below' : ''}`}
          aria-hidden="true"
        >
          {card.text}
        </span>
      )}
    </div>
  );
}
