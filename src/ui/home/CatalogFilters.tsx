/** Search, filters and sort for the map list. */
import { useId } from 'react';
import type { CatalogQuery, CatalogSort } from '../../storage';
import { useT } from '../../i18n';
import { homeMessages } from './messages';

export function CatalogFilters({
  query,
  sort,
  tags,
  languages,
  onQuery,
  onSort,
}: {
  query: CatalogQuery;
  sort: CatalogSort;
  tags: readonly string[];
  languages: readonly string[];
  onQuery: (q: CatalogQuery) => void;
  onSort: (s: CatalogSort) => void;
}) {
  const t = useT(homeMessages);
  const ids = { search: useId(), state: useId(), language: useId(), tag: useId(), sort: useId() };
  return (
    <div className="home-filters" role="search">
      <div className="home-field home-search">
        <label htmlFor={ids.search}>{t('search')}</label>
        <input
          id={ids.search}
          type="search"
          value={query.text ?? ''}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => onQuery({ ...query, text: e.target.value })}
        />
      </div>
      <div className="home-field">
        <label htmlFor={ids.state}>{t('filterState')}</label>
        <select
          id={ids.state}
          value={query.state ?? ''}
          onChange={(e) =>
            onQuery({ ...query, state: (e.target.value || undefined) as CatalogQuery['state'] })
          }
        >
          <option value="">{t('any')}</option>
          <option value="current">{t('stateCurrent')}</option>
          <option value="future">{t('stateFuture')}</option>
        </select>
      </div>
      <div className="home-field">
        <label htmlFor={ids.language}>{t('filterLanguage')}</label>
        <select
          id={ids.language}
          value={query.language ?? ''}
          onChange={(e) => onQuery({ ...query, language: e.target.value || undefined })}
        >
          <option value="">{t('any')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="home-field">
        <label htmlFor={ids.tag}>{t('filterTag')}</label>
        <select
          id={ids.tag}
          value={query.tag ?? ''}
          onChange={(e) => onQuery({ ...query, tag: e.target.value || undefined })}
        >
          <option value="">{t('any')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="home-field">
        <label htmlFor={ids.sort}>{t('sortBy')}</label>
        <select id={ids.sort} value={sort} onChange={(e) => onSort(e.target.value as CatalogSort)}>
          <option value="updated">{t('sortUpdated')}</option>
          <option value="title">{t('sortTitle')}</option>
          <option value="cards">{t('sortCards')}</option>
        </select>
      </div>
    </div>
  );
}
