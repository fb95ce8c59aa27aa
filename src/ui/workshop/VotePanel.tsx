/**
 * Dot voting, in the workshop bar: facilitators start a vote on a lane type,
 * reveal it and end it; everyone sees how many of their dots are left and, after
 * the reveal, the ranking. Dots themselves are placed on the cards (CardVoteDots).
 */
import { useMemo, useState } from 'react';
import { closeVote, revealVote, startVote } from '../../doc/workshop';
import { labelsFor } from '../../export/labels';
import type { LaneType } from '../../model/types';
import { dotsLeft, EMPTY_BALLOT, ranking, tally } from '../../model/workshop/voting';
import { useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { useWorkshopState } from './hooks';
import { workshopMessages } from './messages';
import { useWorkshop } from './WorkshopContext';

/** How many cards the result list shows. */
const RESULT_ROWS = 10;

function useLaneTypeLabel(): (type: LaneType) => string {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => {
    const labels = labelsFor(language);
    return (type: LaneType) => labels.laneTypes[type];
  }, [language]);
}

function StartVoteForm() {
  const t = useT(workshopMessages);
  const { doc } = useMapSession();
  const { user, clock } = useWorkshop();
  const laneLabel = useLaneTypeLabel();
  const laneTypes = useSnapshot((s) => s.lanes.map((l) => l.type).join(','));
  const types = useMemo(
    () => [...new Set(laneTypes.split(',').filter(Boolean))] as LaneType[],
    [laneTypes],
  );
  const [laneType, setLaneType] = useState<LaneType | ''>('');
  const [dots, setDots] = useState('3');
  const chosen = laneType || (types.includes('painPoints') ? 'painPoints' : types[0]);
  if (!chosen) return null;
  return (
    <form
      className="jb-ws-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        startVote(doc, {
          laneType: chosen,
          dotsPerPerson: Number(dots),
          startedBy: user.id,
          now: clock.now(),
        });
      }}
    >
      <label>
        {t('voteLane')}{' '}
        <select value={chosen} onChange={(e) => setLaneType(e.target.value as LaneType)}>
          {types.map((type) => (
            <option key={type} value={type}>
              {laneLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dotsPerPerson')}{' '}
        <input
          type="number"
          min={1}
          max={20}
          value={dots}
          onChange={(e) => setDots(e.target.value)}
          className="jb-ws-minutes"
        />
      </label>
      <button type="submit">{t('startVote')}</button>
    </form>
  );
}

function Results() {
  const t = useT(workshopMessages);
  const ballots = useWorkshopState((s) => s.ballots);
  const cards = useSnapshot((s) => s.cards);
  const rows = useMemo(
    () =>
      ranking(tally(ballots))
        .filter((r) => cards.has(r.cardId))
        .slice(0, RESULT_ROWS),
    [ballots, cards],
  );
  return (
    <section aria-label={t('results')} className="jb-ws-results">
      <h3>{t('results')}</h3>
      {rows.length === 0 ? (
        <p>{t('noVotes')}</p>
      ) : (
        <ol>
          {rows.map((r) => (
            <li key={r.cardId} value={r.rank}>
              <span className="jb-ws-result-text">
                {cards.get(r.cardId)?.text || t('untitledCard')}
              </span>{' '}
              <strong>{t('totalDots', { n: r.total })}</strong>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function VotePanel() {
  const t = useT(workshopMessages);
  const { doc } = useMapSession();
  const { user, role } = useWorkshop();
  const vote = useWorkshopState((s) => s.vote);
  const myBallot = useWorkshopState((s) => s.ballots.get(user.id) ?? EMPTY_BALLOT);
  const voters = useWorkshopState((s) => s.ballots.size);
  const laneLabel = useLaneTypeLabel();
  const facilitator = role === 'facilitator';

  if (!vote) return facilitator ? <StartVoteForm /> : null;
  return (
    <div className="jb-ws-vote" role="group" aria-label={t('vote')}>
      {vote.status === 'open' ? (
        <>
          <span>
            {role === 'viewer'
              ? t('votingWatch', { lane: laneLabel(vote.laneType) })
              : t('votingOn', {
                  lane: laneLabel(vote.laneType),
                  left: dotsLeft(vote, myBallot),
                  total: vote.dotsPerPerson,
                })}
          </span>
          <span className="jb-ws-hint">{t('voteHidden')}</span>
          {facilitator && (
            <>
              <span>{t('voters', { n: voters })}</span>
              <button type="button" onClick={() => revealVote(doc)}>
                {t('reveal')}
              </button>
              <button type="button" onClick={() => closeVote(doc)}>
                {t('cancelVote')}
              </button>
            </>
          )}
        </>
      ) : (
        <>
          <Results />
          {facilitator && (
            <button type="button" onClick={() => closeVote(doc)}>
              {t('endVote')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
