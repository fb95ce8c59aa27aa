import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Id } from '../../model/types';
import { useT } from '../../i18n';
import { useSnapshot } from '../../session/MapSession';
import { cardTitle } from './cardLabel';
import { socialMessages } from './socialMessages';

const MAX_RESULTS = 25;

export interface CardPickerProps {
  readonly label: string;
  /** cards that may not be picked (the card itself, cards already linked) */
  readonly exclude: readonly Id[];
  readonly onPick: (cardId: Id) => void;
}

interface Candidate {
  readonly id: Id;
  readonly title: string;
  readonly where: string;
  readonly haystack: string;
}

/**
 * Choose a card by typing part of its text, lane or phase. Only the first
 * MAX_RESULTS matches render: maps may hold thousands of cards.
 */
export const CardPicker = memo(function CardPicker({ label, exclude, onPick }: CardPickerProps) {
  const t = useT(socialMessages);
  const id = useId();
  const cards = useSnapshot((s) => s.cards);
  const lanes = useSnapshot((s) => s.lanes);
  const phases = useSnapshot((s) => s.phases);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);

  const candidates = useMemo<Candidate[]>(() => {
    const laneName = new Map(lanes.map((l) => [l.id, l.name]));
    const phaseName = new Map(phases.map((p) => [p.id, p.name]));
    const out: Candidate[] = [];
    for (const card of cards.values()) {
      const lane = laneName.get(card.laneId);
      const phase = phaseName.get(card.phaseId);
      // cards inside deleted lanes or phases are not on the board; do not offer them
      if (lane === undefined || phase === undefined) continue;
      const title = cardTitle(card, t('untitled'));
      const where = `${lane} · ${phase}`;
      out.push({ id: card.id, title, where, haystack: `${card.text} ${where}`.toLowerCase() });
    }
    return out;
  }, [cards, lanes, phases, t]);

  const matches = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    const excluded = new Set(exclude);
    return candidates.filter(
      (c) => !excluded.has(c.id) && words.every((w) => c.haystack.includes(w)),
    );
  }, [candidates, deferred, exclude]);

  return (
    <div className="card-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('findCard')}
        onChange={(e) => setQuery(e.target.value)}
      />
      {matches.length === 0 ? (
        <p className="panel-note">{t('noMatches')}</p>
      ) : (
        <ul aria-label={label}>
          {matches.slice(0, MAX_RESULTS).map((c) => (
            <PickerRow key={c.id} candidate={c} onPick={onPick} />
          ))}
        </ul>
      )}
      {matches.length > MAX_RESULTS && (
        <p className="panel-note">{t('moreMatches', { n: matches.length - MAX_RESULTS })}</p>
      )}
    </div>
  );
});

const PickerRow = memo(function PickerRow({
  candidate,
  onPick,
}: {
  readonly candidate: Candidate;
  readonly onPick: (id: Id) => void;
}) {
  const t = useT(socialMessages);
  return (
    <li>
      <button
        type="button"
        aria-label={t('linkTo', { name: candidate.title })}
        onClick={() => onPick(candidate.id)}
      >
        <span className="card-picker-title">{candidate.title}</span>{' '}
        <span className="card-picker-where">{candidate.where}</span>
      </button>
    </li>
  );
});
