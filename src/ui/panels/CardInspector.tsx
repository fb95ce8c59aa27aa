/**
 * The inspector next to the canvas for the current selection: one card's details,
 * or bulk edits for several selected cards.
 */
import { useT } from '../i18n';
import { useUiStore } from '../session/uiStore';
import { CardDetails } from './CardDetails';
import { cardMessages } from './cardMessages';
import { commonMessages } from './commonMessages';
import { MultiSelectionPanel } from './MultiSelectionPanel';
import { useMapSession } from '../session/MapSession';

export function CardInspector() {
  const t = useT(cardMessages);
  const tc = useT(commonMessages);
  const { readOnly } = useMapSession();
  const ids = useUiStore((s) => s.selectedCardIds);
  const primary = ids[ids.length - 1];

  return (
    <section className="panel card-inspector" aria-labelledby="card-inspector-heading">
      <h2 id="card-inspector-heading">
        {ids.length > 1 ? t('selectedCount', { n: ids.length }) : t('heading')}
      </h2>
      {readOnly && <p className="panel-note">{tc('readOnly')}</p>}
      {primary === undefined ? (
        <p className="panel-note">{t('noSelection')}</p>
      ) : ids.length > 1 ? (
        <MultiSelectionPanel ids={ids} />
      ) : (
        <CardDetails key={primary} cardId={primary} />
      )}
    </section>
  );
}
