/**
 * The inspector next to the canvas for the current selection: one card's details,
 * or bulk edits for several selected cards. Cards in a lane the facilitator locked
 * are shown read-only (the session below says so, every field honours it).
 */
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useUiStore } from '../../session/uiStore';
import { CardDetails } from './CardDetails';
import { cardMessages } from './cardMessages';
import { commonMessages } from './commonMessages';
import { MultiSelectionPanel } from './MultiSelectionPanel';
import {
  isLaneReadOnly,
  MapSessionProvider,
  useMapSession,
  useSnapshot,
  type MapSession,
} from '../../session/MapSession';

export function CardInspector() {
  const t = useT(cardMessages);
  const tc = useT(commonMessages);
  const session = useMapSession();
  const ids = useUiStore((s) => s.selectedCardIds);
  const primary = ids[ids.length - 1];
  const cards = useSnapshot((s) => s.cards);
  const inLockedLane =
    !session.readOnly && ids.some((id) => isLaneReadOnly(session, cards.get(id)?.laneId));
  const scoped = useMemo<MapSession>(
    () => (inLockedLane ? { ...session, readOnly: true, readOnlyReason: 'locked' } : session),
    [session, inLockedLane],
  );

  return (
    <MapSessionProvider session={scoped}>
      <section className="panel card-inspector" aria-labelledby="card-inspector-heading">
        <h2 id="card-inspector-heading">
          {ids.length > 1 ? t('selectedCount', { n: ids.length }) : t('heading')}
        </h2>
        {scoped.readOnly && (
          <p className="panel-note">
            {tc(scoped.readOnlyReason === 'locked' ? 'locked' : 'readOnly')}
          </p>
        )}
        {primary === undefined ? (
          <p className="panel-note">{t('noSelection')}</p>
        ) : ids.length > 1 ? (
          <MultiSelectionPanel ids={ids} />
        ) : (
          <CardDetails key={primary} cardId={primary} />
        )}
      </section>
    </MapSessionProvider>
  );
}
