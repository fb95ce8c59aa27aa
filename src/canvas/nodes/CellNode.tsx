/** A cell (lane × phase): the drop zone and add target behind its cards. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n';
import { useLaneReadOnly } from '../../session/MapSession';
import { useUiStore, useUiStoreApi } from '../../session/uiStore';
import { addCardInCell } from '../actions';
import type { CellNode as CellNodeType } from '../deriveNodes';
import { canvasMessages } from '../messages';
import { useBoardPaintedOnce } from '../afterPaint';

export const CellNode = memo(function CellNode({ data }: NodeProps<CellNodeType>) {
  const { lane, phase, bars } = data;
  const t = useT(canvasMessages);
  const readOnly = useLaneReadOnly(lane.id);
  const uiStore = useUiStoreApi();
  // the add button shows on hover, selection or focus only: built after the board's first paint
  const painted = useBoardPaintedOnce();
  const isSelected = useUiStore(
    (s) => s.selectedCell?.laneId === lane.id && s.selectedCell.phaseId === phase.id,
  );
  return (
    <div
      className={`jb-cell jb-cell--${lane.type}${isSelected ? ' is-selected' : ''}`}
      onDoubleClick={(e) => {
        if (readOnly) return;
        e.stopPropagation();
        addCardInCell(uiStore, lane.id, phase.id);
      }}
    >
      {bars?.map((bar, i) => (
        <div
          key={i}
          className="jb-cell__bar"
          style={{ top: bar.top, height: bar.height }}
          aria-hidden="true"
        />
      ))}
      {painted && !readOnly && (
        <button
          type="button"
          className="jb-cell__add nodrag nopan"
          tabIndex={-1}
          aria-label={t('addCardIn', { lane: lane.name, phase: phase.name })}
          title={t('addCard')}
          onClick={(e) => {
            e.stopPropagation();
            addCardInCell(uiStore, lane.id, phase.id);
          }}
        >
          +
        </button>
      )}
    </div>
  );
});
