/** The filter bar of the insights view. */
import type { ReactNode } from 'react';
import type { InsightFilter } from '../../model/insights';
import type { JourneyMap, MapState } from '../../model/types';
import { useT } from '../../i18n';
import { insightsMessages } from './messages';

export interface FilterChoices {
  readonly maps: readonly JourneyMap[];
  readonly tags: readonly string[];
  readonly languages: readonly string[];
  readonly owners: readonly string[];
  readonly phases: readonly string[];
}

export function Choice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const t = useT(insightsMessages);
  return (
    <div className="jb-insights__filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function InsightsFilters({
  filter,
  choices,
  onChange,
  children,
}: {
  filter: InsightFilter;
  choices: FilterChoices;
  onChange: (next: InsightFilter) => void;
  /** filters of the view itself (where a map is kept), shown first */
  children?: ReactNode;
}) {
  const t = useT(insightsMessages);
  const set = <K extends keyof InsightFilter>(key: K, value: InsightFilter[K] | '') => {
    const next: Record<string, unknown> = { ...filter };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value;
    onChange(next as InsightFilter);
  };
  const pairs = (list: readonly string[]) => list.map((v) => [v, v] as const);
  return (
    <fieldset className="jb-insights__filters">
      <legend>{t('filters')}</legend>
      {children}
      <Choice
        id="jb-f-map"
        label={t('filterMap')}
        value={filter.mapIds?.[0] ?? ''}
        options={choices.maps.map((m) => [m.id, m.title] as const)}
        onChange={(v) => set('mapIds', v ? [v] : '')}
      />
      <Choice
        id="jb-f-tag"
        label={t('filterTag')}
        value={filter.tags?.[0] ?? ''}
        options={pairs(choices.tags)}
        onChange={(v) => set('tags', v ? [v] : '')}
      />
      <Choice
        id="jb-f-state"
        label={t('filterState')}
        value={filter.state ?? ''}
        options={[
          ['current', t('stateCurrent')],
          ['future', t('stateFuture')],
        ]}
        onChange={(v) => set('state', v as MapState | '')}
      />
      <Choice
        id="jb-f-lang"
        label={t('filterLanguage')}
        value={filter.language ?? ''}
        options={pairs(choices.languages)}
        onChange={(v) => set('language', v)}
      />
      <Choice
        id="jb-f-owner"
        label={t('filterOwner')}
        value={filter.ownerTeam ?? ''}
        options={pairs(choices.owners)}
        onChange={(v) => set('ownerTeam', v)}
      />
      <Choice
        id="jb-f-phase"
        label={t('filterPhase')}
        value={filter.phaseName ?? ''}
        options={pairs(choices.phases)}
        onChange={(v) => set('phaseName', v)}
      />
      <div className="jb-insights__filter">
        <label htmlFor="jb-f-text">{t('filterText')}</label>
        <input
          id="jb-f-text"
          type="search"
          value={filter.text ?? ''}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
    </fieldset>
  );
}
