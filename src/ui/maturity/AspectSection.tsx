/**
 * One aspect of the check: the participant's own rating (a radio group of the five
 * levels with this aspect's descriptions), how many have rated, and — once the
 * facilitator revealed it — everyone's ratings, the spread, the median and the
 * agreed level. Evidence from the maps sits beside it.
 */
import { useId } from 'react';
import {
  rateAspect,
  revealAspects,
  setAgreedLevel,
  type MapDoc,
  type Participant,
} from '../../doc';
import { useLanguageStore, useT } from '../../i18n';
import {
  ASPECT_INFO,
  FIGURES_BY_ASPECT,
  LEVEL_INFO,
  LEVELS,
  isLevel,
  summarizeRatings,
  type Aspect,
  type AspectRound,
  type Evidence,
} from '../../model/maturity';
import { EvidenceList } from './EvidenceList';
import { maturityMessages } from './messages';

export interface AspectSectionProps {
  readonly doc: MapDoc;
  readonly aspect: Aspect;
  readonly round: AspectRound;
  readonly me: Participant;
  readonly facilitator: boolean;
  readonly participants: Readonly<Record<string, string>>;
  readonly readOnly: boolean;
  readonly evidence: Evidence | null;
  readonly mapTitles: ReadonlyMap<string, string>;
  readonly onOpenMap: (mapId: string) => void;
  readonly announce: (text: string) => void;
}

export function AspectSection(props: AspectSectionProps) {
  const { doc, aspect, round, me, facilitator, readOnly } = props;
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const headingId = useId();
  const agreedId = useId();
  const info = ASPECT_INFO[aspect];
  const name = info.name[lang];
  const mine = round.ratings[me.id];
  const summary = summarizeRatings(Object.values(round.ratings));
  const rated =
    summary.count === 0
      ? t('ratedNone')
      : summary.count === 1
        ? t('ratedOne')
        : t('ratedMany', { count: summary.count });
  return (
    <section className="maturity-aspect" aria-labelledby={headingId} data-aspect={aspect}>
      <h2 id={headingId}>{name}</h2>
      <div className="maturity-aspect__body">
        <div>
          <fieldset disabled={readOnly}>
            <legend>{t('yourRating')}</legend>
            {LEVELS.map((level) => (
              <label key={level} className="maturity-level">
                <input
                  type="radio"
                  name={`rate-${aspect}`}
                  value={level}
                  checked={mine === level}
                  onChange={() => rateAspect(doc, aspect, me, level)}
                />
                <span>
                  {t('levelOption', { level, name: info.levels[level][lang] })}{' '}
                  <span className="maturity-level__name">({LEVEL_INFO[level]!.name[lang]})</span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="maturity-aspect__count">{rated}</p>
          {round.revealed ? (
            <Revealed {...props} summary={summary} />
          ) : (
            <p className="maturity-aspect__hidden">{t('hidden')}</p>
          )}
          {facilitator && !readOnly && (
            <button
              type="button"
              onClick={() => {
                revealAspects(doc, [aspect], !round.revealed);
                if (!round.revealed) props.announce(t('revealedNotice', { aspect: name }));
              }}
            >
              {round.revealed ? t('hide') : t('reveal')}
            </button>
          )}
          {round.revealed && facilitator && !readOnly ? (
            <p>
              <label htmlFor={agreedId}>{t('agreed')}</label>{' '}
              <select
                id={agreedId}
                value={round.agreed ?? ''}
                onChange={(e) => {
                  const value = e.target.value === '' ? null : Number(e.target.value);
                  setAgreedLevel(doc, aspect, isLevel(value) ? value : null);
                }}
              >
                <option value="">{t('agreedNone')}</option>
                {LEVEL_INFO.map((l) => (
                  <option key={l.level} value={l.level}>
                    {`${l.level} – ${l.name[lang]}`}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            round.agreed !== null && (
              <p className="maturity-aspect__agreed">
                {t('agreedValue', {
                  level: round.agreed,
                  name: LEVEL_INFO[round.agreed]?.name[lang] ?? '',
                })}
              </p>
            )
          )}
        </div>
        <EvidenceList
          figures={FIGURES_BY_ASPECT[aspect]}
          evidence={props.evidence}
          mapTitles={props.mapTitles}
          onOpenMap={props.onOpenMap}
        />
      </div>
    </section>
  );
}

function Revealed({
  aspect,
  round,
  participants,
  summary,
}: AspectSectionProps & { summary: ReturnType<typeof summarizeRatings> }) {
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const spread =
    summary.spread === null || summary.spread === 0
      ? t('spreadNone')
      : summary.spread === 1
        ? t('spreadOne')
        : t('spreadMany', { spread: summary.spread });
  const entries = Object.entries(round.ratings).sort((a, b) => a[1] - b[1]);
  return (
    <div className="maturity-aspect__revealed">
      <ul aria-label={t('ratingsOf', { aspect: ASPECT_INFO[aspect].name[lang] })}>
        {entries.map(([id, level]) => (
          <li key={id}>
            {participants[id] || id}: {level}
          </li>
        ))}
      </ul>
      {summary.count > 0 && (
        <p>
          <span className="maturity-spread">{spread}</span> ·{' '}
          {t('median', { median: summary.median ?? '' })}
        </p>
      )}
    </div>
  );
}
