import type { ReactNode } from 'react';
import { laneTypeInfo, type CardBodyKind } from '../../model/laneTypes';
import type { CardView } from '../../model/snapshot';
import type { LaneType } from '../../model/types';
import { KpiEditor } from './KpiEditor';
import { RatingField } from './RatingField';
import { ScoreField } from './ScoreField';
import { TouchpointFields } from './TouchpointFields';

export interface TypedFieldsProps {
  readonly card: CardView;
  readonly laneType: LaneType;
  readonly run: (fn: () => void) => boolean;
}

type BodyProps = Omit<TypedFieldsProps, 'laneType'>;

/** The side-panel fields per kind of card body (the lane-type registry's `body`). */
const FIELDS: Record<CardBodyKind, (props: BodyProps) => ReactNode> = {
  plain: () => null,
  touchpoint: ({ card, run }) => <TouchpointFields card={card} run={run} />,
  emotion: ({ card, run }) => <ScoreField card={card} run={run} />,
  painPoint: ({ card, run }) => <RatingField card={card} field="severity" run={run} />,
  opportunity: ({ card, run }) => (
    <>
      <RatingField card={card} field="impact" run={run} />
      <RatingField card={card} field="effort" run={run} />
    </>
  ),
  kpi: ({ card, run }) => <KpiEditor card={card} run={run} />,
};

/** The fields that belong to the card's lane type (none for most lanes). */
export function TypedFields({ card, laneType, run }: TypedFieldsProps) {
  return FIELDS[laneTypeInfo(laneType).body]({ card, run });
}
