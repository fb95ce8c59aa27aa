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

/** The fields that belong to the card's lane type (none for most lanes). */
export function TypedFields({ card, laneType, run }: TypedFieldsProps) {
  switch (laneType) {
    case 'touchpoints':
      return <TouchpointFields card={card} run={run} />;
    case 'emotions':
      return <ScoreField card={card} run={run} />;
    case 'painPoints':
      return <RatingField card={card} field="severity" run={run} />;
    case 'opportunities':
      return (
        <>
          <RatingField card={card} field="impact" run={run} />
          <RatingField card={card} field="effort" run={run} />
        </>
      );
    case 'kpis':
      return <KpiEditor card={card} run={run} />;
    default:
      return null;
  }
}
