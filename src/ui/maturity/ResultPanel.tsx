/**
 * The result: the radar chart with its table (agreed level, last check, change per
 * aspect), the overall stage and the measures that fit it.
 */
import { useId } from 'react';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import {
  ASPECTS,
  ASPECT_INFO,
  LEVEL_INFO,
  STAGE_INFO,
  agreedLevels,
  compareChecks,
  meanLevel,
  stageOf,
  type Aspect,
  type MaturityCheck,
} from '../../model/maturity';
import { maturityMessages } from './messages';
import { RadarChart } from './RadarChart';

export function ResultPanel({
  check,
  previous,
}: {
  check: MaturityCheck;
  previous: MaturityCheck | null;
}) {
  const t = useT(maturityMessages);
  const lang = useLanguageStore((s) => s.language);
  const tableId = useId();
  const headingId = useId();
  const levels = agreedLevels(check);
  const before = previous ? agreedLevels(previous) : null;
  const changes = compareChecks(levels, before ?? {});
  const stage = stageOf(levels);
  const mean = meanLevel(levels);
  const labels = Object.fromEntries(ASPECTS.map((a) => [a, ASPECT_INFO[a].name[lang]])) as Record<
    Aspect,
    string
  >;
  const number = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 });
  return (
    <section className="maturity-result" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('result')}</h2>
      <div className="maturity-result__chart">
        <RadarChart
          labels={labels}
          levels={levels}
          previous={before}
          title={t('radarTitle')}
          describedBy={tableId}
        />
        <table id={tableId} className="maturity-table">
          <caption>
            {t('radarTitle')}
            {before ? ` (${t('radarPrevious')})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('aspect')}</th>
              <th scope="col">{t('level')}</th>
              {before && <th scope="col">{t('previousLevel')}</th>}
              {before && <th scope="col">{t('change')}</th>}
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.aspect} data-aspect={c.aspect}>
                <th scope="row">{labels[c.aspect]}</th>
                <td>
                  {c.current === null ? '–' : `${c.current} – ${LEVEL_INFO[c.current]!.name[lang]}`}
                </td>
                {before && <td>{c.previous ?? '–'}</td>}
                {before && (
                  <td>{c.delta === null ? '–' : c.delta > 0 ? `+${c.delta}` : String(c.delta)}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {previous ? <p>{t('comparison', { title: previous.title })}</p> : <p>{t('noPrevious')}</p>}
      {stage && mean !== null ? (
        <div className="maturity-stage">
          <p className="maturity-stage__name">
            <strong>{t('stage', { stage: STAGE_INFO[stage].name[lang] })}</strong>{' '}
            {t('meanLevel', { mean: number.format(mean) })}
          </p>
          <h3>{t('measures')}</h3>
          <ul>
            {STAGE_INFO[stage].measures.map((m) => (
              <li key={m.en}>{m[lang]}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('noStage')}</p>
      )}
    </section>
  );
}
